// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nianbao.model.Cell;
import nianbao.model.PageArea;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.read.Block;
import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.TableBlock;

/**
 * Places the report's cells on the pages they were read from: each cell whose text lies in a printed
 * table cell of a page (a PDF, a scan, a picture) gets that cell's box, so that an auditor checking a
 * doubtful OCR reading finds it on the page.
 */
final class PageAreas {

	/** A printed table cell on a page: its text {@code [from, to)} in the canonical text, and its box. */
	private record Printed(int from, int to, Location.PageArea area) {
	}

	private PageAreas() {
	}

	static void place(Report report, Document document) {
		List<Printed> printed = new ArrayList<>();
		for (Block block : document.blocks()) {
			if (block instanceof TableBlock table) {
				table.rows().stream().flatMap(List::stream).forEach(cell -> {
					if (cell.location() instanceof Location.PageArea area) {
						printed.add(new Printed(cell.range().offset(), cell.range().offset() + cell.range().length(), area));
					}
				});
			}
		}
		if (printed.isEmpty()) {
			return;
		}
		printed.sort(Comparator.comparingInt(Printed::from));
		report.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getCells().stream())
				.filter(cell -> cell.getRange() != null).forEach(cell -> place(cell, printed));
	}

	/** Gives the cell the box of the printed cell that holds its text, if one does. */
	private static void place(Cell cell, List<Printed> printed) {
		int from = cell.getRange().getOffset();
		int to = from + cell.getRange().getLength();
		int low = 0;
		int high = printed.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Printed p = printed.get(middle);
			if (p.to() <= from) {
				low = middle + 1;
			} else if (p.from() > from) {
				high = middle - 1;
			} else {
				if (to <= p.to()) {
					PageArea area = ReportFactory.eINSTANCE.createPageArea();
					area.setPage(p.area().page());
					area.setX(p.area().x());
					area.setY(p.area().y());
					area.setWidth(p.area().width());
					area.setHeight(p.area().height());
					cell.setArea(area);
				}
				return;
			}
		}
	}
}
