// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

/**
 * The product's version, as this bundle's manifest states it (Bundle-Version, set by the build), so that
 * {@code --version} and the SARIF output never name a version other than the one built.
 */
public final class Version {

	/** The version, such as 0.1.0.202612051200; "unknown" where no manifest says it. */
	public static String of() {
		return Holder.VERSION;
	}

	/** The version without its build qualifier, such as 0.1.0. */
	public static String release() {
		String[] parts = of().split("\\.");
		return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : of();
	}

	/** Read once, when first asked. */
	private static final class Holder {
		private static final String VERSION = read();
	}

	private static String read() {
		// on the product's plain class path every jar has a manifest: this bundle's is the one naming it
		try {
			Enumeration<URL> manifests = Version.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					var attributes = new Manifest(in).getMainAttributes();
					String name = attributes.getValue("Bundle-SymbolicName");
					if (name != null && name.split(";")[0].strip().equals("nianbao.results")) {
						return attributes.getValue("Bundle-Version");
					}
				}
			}
			return "unknown";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
