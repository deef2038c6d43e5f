// SPDX-License-Identifier: EPL-2.0
package nianbao.format.conversion;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import nianbao.format.FormatMessages;

/**
 * Value converters of the format language: decimals in rules are exact {@link BigDecimal}s, so that
 * amounts in 万元 compare without binary rounding.
 */
public class FormatValueConverters extends DefaultTerminalConverters {

	/** The converter of the {@code Decimal} data type rule. */
	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new IValueConverter<>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (string == null || string.isBlank()) {
					throw new ValueConverterException(FormatMessages.numberMissing, node, null);
				}
				try {
					return new BigDecimal(string.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException(NLS.bind(FormatMessages.notANumber, string), node, e);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}
}
