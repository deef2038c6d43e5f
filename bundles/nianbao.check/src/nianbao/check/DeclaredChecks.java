// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.format.language.CheckDeclaration;

/**
 * The checks that format files declare, held against those the rule engine carries out: the format language
 * knows a check only by its declaration, the engine by its name and the messages it gives.
 */
public final class DeclaredChecks {

	private DeclaredChecks() {
	}

	/** The names of the checks the rule engine carries out, in order: those a format file may declare. */
	public static Set<String> implemented() {
		return Collections.unmodifiableSet(NamedChecks.names());
	}

	/**
	 * Verifies that the rule engine carries out every check the library declares, with the messages (names and
	 * parameters) declared. A rule whose check fails this cannot be assessed.
	 *
	 * @throws FormatException listing each declaration that differs, where it is written
	 */
	public static void verify(FormatLibrary library) throws FormatException {
		List<FormatException.Problem> problems = new ArrayList<>();
		for (CheckDeclaration declaration : library.checks()) {
			Optional<String> mismatch = NamedChecks.mismatch(declaration);
			if (mismatch.isPresent()) {
				// compiled declarations have no text; they are the official ones, which a test holds to the engine
				ICompositeNode node = NodeModelUtils.getNode(declaration);
				LineAndColumn at = node == null ? LineAndColumn.from(0, 0)
						: NodeModelUtils.getLineAndColumn(node, node.getOffset());
				problems.add(new FormatException.Problem(declaration.eResource().getURI(), at.getLine(), at.getColumn(),
						mismatch.get()));
			}
		}
		if (!problems.isEmpty()) {
			throw new FormatException(CheckMessages.checksDiffer, problems);
		}
	}
}
