package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A table region as alternating label runs and values.
 */
final class Items {

	private Items() {
	}

	/** Each element is a {@link LabelRun} or a value {@link Token}. */
	static List<Object> of(List<Token> tokens) {
		List<Object> items = new ArrayList<>();
		List<Token> label = new ArrayList<>();
		for (Token token : tokens) {
			if (token.isValue()) {
				if (!label.isEmpty()) {
					items.add(new LabelRun(label));
					label = new ArrayList<>();
				}
				items.add(token);
			} else {
				label.add(token);
			}
		}
		if (!label.isEmpty()) {
			items.add(new LabelRun(label));
		}
		return items;
	}
}
