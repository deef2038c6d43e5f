// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.service.DispatchingProvider;

import com.google.inject.Binder;

import nianbao.format.conversion.FormatValueConverters;
import nianbao.format.formatting2.FormatFormatter;
import nianbao.format.linking.FormatLinkingMessages;
import nianbao.format.parser.FormatSyntaxMessages;

/**
 * Guice bindings of the format language's runtime services, in addition to the generated ones.
 */
public class FormatRuntimeModule extends AbstractFormatRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return FormatValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return FormatFormatter.class;
	}

	/** Names that link to nothing, said in the author's words. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FormatLinkingMessages.class;
	}

	/** Syntax errors in the author's words. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return FormatSyntaxMessages.class;
	}

	/** Format files are UTF-8 whatever the platform's default encoding: their labels are Chinese. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> StandardCharsets.UTF_8.name());
	}
}
