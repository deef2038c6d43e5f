// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectOutputStream;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nianbao.format.language.CheckDeclaration;
import nianbao.format.language.Format;
import nianbao.format.language.FormatFile;
import nianbao.format.language.LanguagePackage;
import nianbao.format.language.Profile;
import nianbao.format.language.Rule;
import nianbao.format.language.TestCase;

/**
 * A set of formats loaded from format files, all in one resource set so that they can refer to one
 * another. Loading validates every file; a file with errors is rejected with its messages. The
 * library holds the {@linkplain FormatInheritance#effective effective} formats.
 */
public final class FormatLibrary {

	/** Where a format file comes from: its URI (for messages and references) and its content. */
	public record Source(URI uri, Opener opener) {

		/** A format or profile file on disk. */
		public static Source of(Path file) {
			return new Source(URI.createFileURI(file.toAbsolutePath().toString()), () -> Files.newInputStream(file));
		}
	}

	/** Opens the content of a format file. */
	@FunctionalInterface
	public interface Opener {
		InputStream open() throws IOException;
	}

	/** What {@link #compile} adds to the name of a format file for the name of its compiled form. */
	public static final String COMPILED_SUFFIX = ".bin";

	private static Injector standaloneInjector;

	private final List<Format> formats;
	private final List<TestCase> tests;
	/** The declarations of checks by name: an author's own file's where it declares one of the official ones. */
	private final Map<String, CheckDeclaration> checks;
	/** The format files as loaded, which a profile's references link to. */
	private final ResourceSet sources;
	private final Map<Format, List<Rule>> rules = new ConcurrentHashMap<>();
	private final Map<Format, Map<String, nianbao.format.language.Table>> tables = new ConcurrentHashMap<>();

	private FormatLibrary(List<Format> formats, List<TestCase> tests, List<CheckDeclaration> checks, ResourceSet sources) {
		this.formats = List.copyOf(formats);
		this.tests = List.copyOf(tests);
		// the files are in the order loaded, the compiled official ones first: a later declaration replaces
		this.checks = checks.stream().collect(Collectors.toMap(CheckDeclaration::getName, c -> c, (first, later) -> later,
				LinkedHashMap::new));
		this.sources = sources;
	}

	/** The injector of the format language outside a workbench, created once. */
	public static synchronized Injector standaloneInjector() {
		if (standaloneInjector == null) {
			standaloneInjector = new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return standaloneInjector;
	}

	/**
	 * Loads and validates format files.
	 *
	 * @throws FormatException if a file cannot be read or has errors; the message lists each error
	 *                         as {@code file:line:column: message}
	 */
	public static FormatLibrary load(List<Source> sources) throws FormatException {
		return load(List.of(), sources);
	}

	/**
	 * Loads compiled format files (see {@link #compile}) as they were when compiled, without parsing, linking
	 * or validating them again, and format files from source, validated, which may refer to the compiled ones
	 * (a format based on one of them).
	 *
	 * @param compiled each with the URI of the format file it was compiled from
	 * @throws FormatException if a file cannot be read, or a source has errors (among them a format name that
	 *                         another file defines)
	 */
	public static FormatLibrary load(List<Source> compiled, List<Source> sources) throws FormatException {
		ResourceSet resourceSet = loaded(compiled, sources);
		List<FormatFile> files = resourceSet.getResources().stream().flatMap(resource -> resource.getContents().stream())
				.filter(FormatFile.class::isInstance).map(FormatFile.class::cast).toList();
		List<Format> formats = files.stream().flatMap(file -> file.getFormats().stream()).toList();
		List<TestCase> tests = files.stream().flatMap(file -> file.getTests().stream()).toList();
		List<CheckDeclaration> checks = files.stream().flatMap(file -> file.getChecks().stream()).toList();
		return new FormatLibrary(formats.stream().map(FormatInheritance::effective).toList(), tests, checks, resourceSet);
	}

	/**
	 * Compiles format files for {@link #load(List, List)}: loads and validates them as {@link #load(List)}
	 * does and writes each, linked, in EMF's binary form to {@code folder}, named as its file with
	 * {@link #COMPILED_SUFFIX} added.
	 *
	 * @throws FormatException if a file cannot be read or has errors
	 * @throws IOException     if a compiled file cannot be written
	 */
	public static void compile(List<Source> sources, Path folder) throws FormatException, IOException {
		Files.createDirectories(folder);
		for (Resource resource : loaded(List.of(), sources).getResources()) {
			try (OutputStream out = Files.newOutputStream(folder.resolve(resource.getURI().lastSegment() + COMPILED_SUFFIX))) {
				// the references into other files are written as their URIs (those the files were loaded
				// under), which load(compiled, …) gives the compiled files again
				EObjectOutputStream binary = new EObjectOutputStream(out, Map.of());
				binary.saveResource(resource);
				binary.flush();
			}
		}
	}

	/**
	 * The files loaded into one resource set, every cross-reference resolved: resolving them lazily would
	 * write to the models while several audit threads read them.
	 */
	private static ResourceSet loaded(List<Source> compiled, List<Source> sources) throws FormatException {
		// Xtext's resource set only where there is a file to parse: its injector takes a good part of a
		// second to create, several times what the rest of a short run takes
		ResourceSet resourceSet = sources.isEmpty() ? new ResourceSetImpl()
				: standaloneInjector().getInstance(XtextResourceSet.class);
		// outside Eclipse the compiled files' package is known only once registered
		resourceSet.getPackageRegistry().put(LanguagePackage.eNS_URI, LanguagePackage.eINSTANCE);
		for (Source source : compiled) {
			Resource resource = new BinaryResourceImpl(source.uri());
			resourceSet.getResources().add(resource);
			read(resource, source);
		}
		List<Resource> parsed = new ArrayList<>();
		for (Source source : sources) {
			Resource resource = resourceSet.createResource(source.uri());
			read(resource, source);
			parsed.add(resource);
		}
		List<FormatException.Problem> errors = new ArrayList<>();
		if (!parsed.isEmpty()) {
			IResourceValidator validator = standaloneInjector().getInstance(IResourceValidator.class);
			for (Resource resource : parsed) {
				for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
						errors.add(new FormatException.Problem(resource.getURI(), issue.getLineNumber(), issue.getColumn(),
								issue.getMessage()));
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new FormatException(FormatMessages.formatFilesHaveErrors, errors);
		}
		EcoreUtil2.resolveAll(resourceSet);
		return resourceSet;
	}

	private static void read(Resource resource, Source source) throws FormatException {
		try (InputStream in = source.opener().open()) {
			resource.load(in, resource.getResourceSet().getLoadOptions());
		} catch (IOException e) {
			throw new FormatException(NLS.bind(FormatMessages.cannotRead, source.uri().lastSegment(), e.getMessage()));
		}
	}

	/**
	 * Loads a deployment profile, whose formats and rules link to those of this library: a format or rule
	 * that is not there is an error where it is written.
	 *
	 * @throws FormatException if the file cannot be read, has errors, holds no profile, or names an unknown
	 *                         format or rule
	 */
	public synchronized Profile loadProfile(Source source) throws FormatException {
		// Xtext's language, which parses the profile, is registered with its injector
		IResourceValidator validator = standaloneInjector().getInstance(IResourceValidator.class);
		// beside the library's files, to link to them; taken out again once linked, which leaves those files
		// as they were (synchronized: one profile at a time)
		Resource resource = sources.createResource(source.uri());
		try {
			read(resource, source);
		} catch (FormatException e) {
			sources.getResources().remove(resource);
			throw e;
		}
		List<FormatException.Problem> errors = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
				errors.add(new FormatException.Problem(source.uri(), issue.getLineNumber(), issue.getColumn(), issue.getMessage()));
			}
		}
		EcoreUtil2.resolveAll(resource);
		sources.getResources().remove(resource);
		Profile profile = resource.getContents().isEmpty() ? null
				: ((FormatFile) resource.getContents().getFirst()).getProfiles().stream().findFirst().orElse(null);
		if (errors.isEmpty() && profile == null) {
			errors.add(new FormatException.Problem(source.uri(), 0, 0, FormatMessages.holdsNoProfile));
		}
		if (!errors.isEmpty()) {
			throw new FormatException(FormatMessages.profileHasErrors, errors);
		}
		return profile;
	}

	/**
	 * The checks that the format files declare, which their rules name: one of each name. A rule author's own
	 * file may declare an official check again, to word its messages otherwise; that declaration is the one.
	 */
	public Collection<CheckDeclaration> checks() {
		return Collections.unmodifiableCollection(checks.values());
	}

	/** The declaration of a check that a rule names, as {@link #checks()} holds it. */
	public CheckDeclaration check(CheckDeclaration named) {
		return checks.getOrDefault(named.getName(), named);
	}

	/** The test cases of the files, in the order of the files. */
	public List<TestCase> tests() {
		return tests;
	}

	/**
	 * Every rule of a format of this library, in document order, collected once: formats do not change
	 * once loaded, and the cache goes with the library (a workbench that reloads formats drops both).
	 */
	public List<Rule> rules(Format format) {
		return rules.computeIfAbsent(format, f -> List.copyOf(EcoreUtil2.eAllOfType(f, Rule.class)));
	}

	/** A format's (effective) table by name, or null; looked up once per format. */
	public nianbao.format.language.Table table(Format format, String name) {
		return tables.computeIfAbsent(format, f -> FormatInheritance.tables(f).stream()
				.collect(Collectors.toMap(nianbao.format.language.Table::getName, t -> t, (a, b) -> a))).get(name);
	}

	/** All formats, in the order they were loaded. */
	public List<Format> formats() {
		return formats;
	}

	/** The format with the given id. */
	public Optional<Format> byId(String id) {
		return formats.stream().filter(f -> id.equals(f.getName())).findFirst();
	}

	/**
	 * The format whose years include {@code year}: the one starting latest where several do, and of
	 * those the one loaded last (a rule author's own format after the official one it refines).
	 */
	public Optional<Format> forYear(int year) {
		return formats.stream()
				.filter(f -> f.getYears() != null && f.getYears().getFrom() <= year
						&& (f.getYears().getTo() == 0 || year <= f.getYears().getTo()))
				.reduce((a, b) -> b.getYears().getFrom() >= a.getYears().getFrom() ? b : a);
	}
}
