// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

import nianbao.format.ui.model.Problem;

/**
 * The problems of the last analysis as annotations of the workbench's error, warning and info types, which
 * every text editor draws: squiggles, ruler and overview ruler marks, the message on hover. Annotations
 * of others (a builder's markers) are left alone.
 */
public final class ProblemAnnotations {

	/** The annotation types of the severities: those of the workbench's text editors. */
	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/** The types whose messages a hover shows. */
	public static final Set<String> TYPES = Set.of(ERROR, WARNING, INFO);

	/** An annotation of a problem the editor found (as opposed to one of a marker). */
	public static final class ProblemAnnotation extends Annotation {

		private final Problem problem;

		ProblemAnnotation(Problem problem) {
			super(switch (problem.severity()) {
				case ERROR -> ERROR;
				case WARNING -> WARNING;
				default -> INFO;
			}, false, problem.message());
			this.problem = problem;
		}

		/** The problem shown. */
		public Problem problem() {
			return problem;
		}
	}

	private ProblemAnnotations() {
	}

	/** Replaces the problem annotations of {@code model} by those of {@code problems}. */
	public static void show(IAnnotationModel model, List<Problem> problems) {
		if (model == null) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof ProblemAnnotation) {
				old.add(a);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		for (Problem problem : problems) {
			added.put(new ProblemAnnotation(problem), new Position(problem.offset(), problem.length()));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}
}
