// SPDX-License-Identifier: EPL-2.0

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes the command-line auditor's class path into every product the build materialised: a folder
 * {@code cli} beside {@code plugins} with {@code classpath.jar}, whose manifest's {@code Class-Path} names the
 * runner's bundles ({@code cli.bundles}) in their order, relative to it. The start scripts of every platform
 * put that one jar on the class path: a manifest's relative class path holds wherever the product is
 * unpacked, spaces in the folder's name included, and has no length limit (a Windows command line has).
 * <p>
 * A signed jar among them goes on the class path as a copy without its signature, in {@code cli}: the JVM
 * checks a signed jar's signature when it first loads a class from it, and every class it loads from it
 * against the manifest's digests, which cost an audit of one report ≈ 0.5 s of CPU (EMF, Equinox, Xtext are
 * signed).
 * OSGi, which the workbench runs on, checks no signature, and keeps using the signed jars. A security
 * provider's jar (Bouncy Castle's) keeps its signature, which JDKs that only trust signed providers need.
 * <p>
 * Run by the build (pom.xml) as a single source file, between materialising and archiving the products:
 * {@code java RunnerClassPath.java CLI_BUNDLES PRODUCTS_FOLDER}.
 */
public final class RunnerClassPath {

	/** A jar's signature files: the signature of the manifest and its signed block. */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+",
			Pattern.CASE_INSENSITIVE);

	private RunnerClassPath() {
	}

	public static void main(String[] args) throws IOException {
		List<String> names = Files.readAllLines(Path.of(args[0])).stream().map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		List<Path> products;
		// a product: plugins and features side by side (on macOS inside the .app)
		try (Stream<Path> folders = Files.walk(Path.of(args[1]), 8)) {
			products = folders.filter(folder -> Files.isDirectory(folder.resolve("plugins"))
					&& Files.isDirectory(folder.resolve("features"))).toList();
		}
		if (products.isEmpty()) {
			throw new IllegalStateException("no product in " + args[1]);
		}
		for (Path product : products) {
			write(product, names);
		}
	}

	private static void write(Path product, List<String> names) throws IOException {
		Path folder = product.resolve("cli");
		// anew: a product materialised again into the same folder would keep the copies of older bundles
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(folder);
		List<String> classPath = new ArrayList<>();
		for (String name : names) {
			List<Path> jars;
			try (Stream<Path> files = Files.list(product.resolve("plugins"))) {
				jars = files.filter(file -> file.getFileName().toString().matches(Pattern.quote(name) + "_\\d.*\\.jar")).toList();
			}
			if (jars.size() > 1) {
				throw new IllegalStateException(product + " holds " + name + " more than once: " + jars);
			}
			// a bundle that is not installed is one OSGi leaves out too (an optional import of a library)
			if (jars.isEmpty()) {
				continue;
			}
			Path jar = jars.getFirst();
			String file = jar.getFileName().toString();
			if (signedNotProvider(jar)) {
				withoutSignature(jar, folder.resolve(file));
				classPath.add(relative(file));
			} else {
				classPath.add(relative("../plugins/" + file));
			}
		}
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
		try (OutputStream out = new JarOutputStream(Files.newOutputStream(folder.resolve("classpath.jar")), manifest)) {
			// the manifest is all there is
		}
	}

	/** A path as the relative URL a manifest's class path is written in. */
	private static String relative(String path) {
		try {
			return new URI(null, null, path, null).getRawPath();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}

	private static boolean signedNotProvider(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches())
					&& zip.getEntry("META-INF/services/java.security.Provider") == null;
		}
	}

	/**
	 * Copies a jar without its signature files, and without the digests of its entries in the manifest, which
	 * serve the signature alone (the JVM would read them with the manifest of every jar it loads from).
	 */
	private static void withoutSignature(Path jar, Path copy) throws IOException {
		try (JarFile in = new JarFile(jar.toFile(), false)) {
			Manifest manifest = new Manifest(in.getManifest());
			manifest.getEntries().values().forEach(attributes -> attributes.keySet()
					.removeIf(key -> key.toString().toUpperCase().endsWith("-DIGEST")));
			manifest.getEntries().values().removeIf(Attributes::isEmpty);
			try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest)) {
				for (JarEntry entry : in.stream().toList()) {
					if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(entry.getName()).matches()) {
						continue;
					}
					ZipEntry written = new ZipEntry(entry.getName());
					written.setLastModifiedTime(entry.getLastModifiedTime());
					out.putNextEntry(written);
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
	}
}
