// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.navigation;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import nianbao.format.ide.hover.ElementDescriptions;

/**
 * The symbol at an offset of a parsed format file: a cross-reference (a row in {@code 新收[c]}, a table
 * qualifier, {@code basedOn "2021"}, the rule of {@code omit rule}) or the name of a declaration. It is
 * computed where the resource may be read (under the model's lock) and holds plain values only.
 *
 * @param offset      where the symbol's text starts
 * @param length      how long it is
 * @param reference   whether the text refers to the element rather than declaring it
 * @param description what a hover says about the element
 * @param declaration where the element is declared
 */
public record Symbol(int offset, int length, boolean reference, String description, Declaration declaration) {

	/** Where an element is declared: its file (as the resource set names it) and its name's characters. */
	public record Declaration(URI uri, int offset, int length) {
	}

	/** The symbol at {@code offset}, if the text there refers to or names an element with a description. */
	public static Optional<Symbol> at(XtextResource resource, int offset) {
		EObjectAtOffsetHelper elements = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		INode reference = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			EObject target = elements.getCrossReferencedElement(reference);
			return target == null || target.eIsProxy() ? Optional.empty()
					: symbol(resource, reference.getOffset(), reference.getLength(), true, target, locations);
		}
		EObject element = elements.resolveElementAt(resource, offset);
		if (element == null) {
			return Optional.empty();
		}
		ITextRegion name = locations.getSignificantTextRegion(element);
		return name != null && name.contains(offset)
				? symbol(resource, name.getOffset(), name.getLength(), false, element, locations)
				: Optional.empty();
	}

	private static Optional<Symbol> symbol(XtextResource resource, int offset, int length, boolean reference,
			EObject element, ILocationInFileProvider locations) {
		String description = ElementDescriptions.describe(element, resource);
		if (description == null || element.eResource() == null) {
			return Optional.empty();
		}
		ITextRegion name = locations.getSignificantTextRegion(element);
		return Optional.of(new Symbol(offset, length, reference, description,
				new Declaration(element.eResource().getURI(), name.getOffset(), name.getLength())));
	}
}
