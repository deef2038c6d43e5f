// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

import nianbao.format.FormatDifferences;
import nianbao.format.FormatLibrary;
import nianbao.format.ide.quickfix.FormatFixes;
import nianbao.format.language.Format;
import nianbao.format.language.FormatFile;
import nianbao.format.ui.FormatUi;
import nianbao.format.ui.highlighting.Highlight;
import nianbao.format.ui.outline.OutlineTree;
import nianbao.formats.OfficialFormats;

/**
 * The parsed state of one open format file: its text parsed into an XtextResource, in a resource set that
 * also holds its neighbours and the official formats (so that {@code basedOn "2021"} resolves). An
 * official format that a neighbour defines again is left out: the rule author's file takes its place.
 *
 * <p>Every access holds this model's lock, because Xtext resources are not thread-safe and the
 * reconciler's thread and the UI thread (content assist, hover, links) both use the resource.
 */
public final class FormatModel {

	private final Injector injector;
	private final URI uri;
	private final Neighbours neighbours;
	private final ReentrantLock lock = new ReentrantLock();

	private XtextResourceSet resourceSet;
	private XtextResource resource;
	private List<String> neighbourhood = List.of();
	private String text;

	/**
	 * A model of the file at {@code uri} (a platform resource, file or official format URI; the file
	 * itself is never read: its text comes from the editor's document).
	 */
	public FormatModel(Injector injector, URI uri, Neighbours neighbours) {
		this.injector = injector;
		this.uri = uri;
		this.neighbours = neighbours;
	}

	/** The URI the file is parsed under, which references to its elements use. */
	public URI uri() {
		return uri;
	}

	/**
	 * Runs {@code reader} on the resource parsed from {@code text}, parsing it first if the text is not the
	 * one parsed last. The resource and its objects must not escape the reader: return plain values.
	 */
	public <T> T read(String text, Function<XtextResource, T> reader) {
		lock.lock();
		try {
			update(text, false);
			return reader.apply(resource);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * How the language's formatter lays {@code text} out (indentation, a declaration to a line, spaces
	 * around operators), as the replacements it makes, in order; none for a text with syntax errors, whose
	 * layout the formatter would only guess.
	 */
	public List<FormatFixes.Edit> format(String text) {
		return read(text, resource -> {
			if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
				return List.of();
			}
			FormatterRequest request = injector.getInstance(FormatterRequest.class);
			request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
			return injector.getInstance(IFormatter2.class).format(request).stream()
					.map(r -> new FormatFixes.Edit(r.getOffset(), r.getLength(), r.getReplacementText()))
					.sorted(Comparator.comparingInt(FormatFixes.Edit::offset)).toList();
		});
	}

	/** The name of the file's (first) format, if it has one. */
	public Optional<String> formatName(String text) {
		return read(text, resource -> formatNames(resource).stream().findFirst());
	}

	/** The formats the file's format can be compared with: those its resource set holds, but its own. */
	public List<String> otherFormats(String text) {
		return read(text, resource -> {
			Set<String> own = Set.copyOf(formatNames(resource));
			return resourceSet.getResources().stream().flatMap(r -> formatNames(r).stream())
					.filter(name -> !own.contains(name)).distinct().sorted().toList();
		});
	}

	/** What the file's (first) format changes of the format named {@code other}; empty if either is missing. */
	public Optional<List<FormatDifferences.Difference>> compare(String text, String other) {
		return read(text, resource -> {
			Optional<Format> mine = formats(resource).findFirst();
			Optional<Format> theirs = resourceSet.getResources().stream().filter(r -> r != resource).flatMap(FormatModel::formats)
					.filter(f -> other.equals(f.getName())).findFirst();
			return mine.isEmpty() || theirs.isEmpty() ? Optional.empty()
					: Optional.of(FormatDifferences.between(theirs.get(), mine.get()));
		});
	}

	/** The quick fixes of {@code problem}, found in {@code text} (see {@link FormatFixes}). */
	public List<FormatFixes.Fix> fixes(String text, Problem problem) {
		if (!FormatFixes.handles(problem.code())) {
			return List.of();
		}
		return read(text, resource -> injector.getInstance(FormatFixes.class).fixes(resource, problem.offset(), problem.code()));
	}

	/**
	 * Parses and validates {@code text} and computes what the editor shows of it. The neighbours are read
	 * again first if one of them changed.
	 *
	 * <p>When {@code cancel} says so, Xtext's cancellation exception or error ends it (see
	 * {@code OperationCanceledManager}).
	 */
	public Analysis analyse(String text, CancelIndicator cancel) {
		lock.lock();
		try {
			update(text, true);
			List<Problem> problems = injector.getInstance(IResourceValidator.class)
					.validate(resource, CheckMode.ALL, cancel).stream()
					.filter(issue -> issue.getSeverity() != Severity.IGNORE)
					.map(issue -> Problem.of(issue, text.length())).toList();
			List<Highlight> highlights = new ArrayList<>();
			injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
					(offset, length, styles) -> highlights.add(new Highlight(offset, length, styles[styles.length - 1])),
					cancel);
			List<FoldingRange> folds = List.copyOf(injector.getInstance(IFoldingRangeProvider.class)
					.getFoldingRanges(resource, cancel));
			return new Analysis(text, problems, highlights, OutlineTree.of(resource), folds);
		} finally {
			lock.unlock();
		}
	}

	private void update(String newText, boolean checkNeighbours) {
		if (resourceSet == null) {
			build(neighbours.list());
		} else if (checkNeighbours) {
			List<Neighbours.Neighbour> now = neighbours.list();
			if (!keys(now).equals(neighbourhood)) {
				build(now);
			}
		}
		if (!newText.equals(text)) {
			try {
				resource.reparse(newText);
			} catch (IOException e) {
				// the text is in memory: there is nothing to fail reading
				throw new IllegalStateException(e);
			}
			text = newText;
		}
	}

	/** A new resource set: the neighbours, the official formats they do not replace, and this file. */
	private void build(List<Neighbours.Neighbour> now) {
		resourceSet = injector.getInstance(XtextResourceSet.class);
		Set<String> defined = new HashSet<>();
		for (Neighbours.Neighbour neighbour : now) {
			if (!neighbour.source().uri().equals(uri)) {
				load(neighbour.source()).ifPresent(r -> defined.addAll(formatNames(r)));
			}
		}
		for (FormatLibrary.Source official : OfficialFormats.sources()) {
			if (!official.uri().equals(uri)) {
				load(official).filter(r -> formatNames(r).stream().anyMatch(defined::contains))
						.ifPresent(r -> resourceSet.getResources().remove(r));
			}
		}
		resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try (InputStream empty = new ByteArrayInputStream(new byte[0])) {
			resource.load(empty, resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		neighbourhood = keys(now);
		text = "";
	}

	private Optional<Resource> load(FormatLibrary.Source source) {
		Resource loaded = injector.getInstance(IResourceFactory.class).createResource(source.uri());
		resourceSet.getResources().add(loaded);
		try (InputStream in = source.opener().open()) {
			loaded.load(in, resourceSet.getLoadOptions());
			return Optional.of(loaded);
		} catch (IOException e) {
			// an unreadable neighbour is left out; the editor still works on its own file
			resourceSet.getResources().remove(loaded);
			FormatUi.log("cannot read " + source.uri(), e);
			return Optional.empty();
		}
	}

	private static List<String> formatNames(Resource resource) {
		return formats(resource).map(Format::getName).toList();
	}

	private static Stream<Format> formats(Resource resource) {
		return resource.getContents().stream().filter(FormatFile.class::isInstance)
				.flatMap(file -> ((FormatFile) file).getFormats().stream());
	}

	private static List<String> keys(List<Neighbours.Neighbour> neighbours) {
		return neighbours.stream().map(Neighbours.Neighbour::key).toList();
	}
}
