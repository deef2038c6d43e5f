// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What is left of the {@link ReadLimits} while one file is read: its clock, and the table rows and cells
 * printed so far. The readers count as they go, so that a file over a limit stops before it has taken
 * the time or the memory, not after.
 *
 * <p>A limit exceeded is thrown as {@link Exceeded}, unchecked, since the readers count inside
 * callbacks of their libraries (PDFBox's text stripper, jsoup's node filter) that cannot throw a
 * checked exception; {@link Readers} turns it into the {@link ReadException} it carries.
 */
final class ReadBudget {

	/** A limit was exceeded while reading; {@link #exception()} says which, in a sentence. */
	static final class Exceeded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Exceeded(ReadException exception) {
			super(exception.getMessage(), exception, false, false);
		}

		ReadException exception() {
			return (ReadException) getCause();
		}
	}

	private final Path file;
	private final ReadLimits limits;
	private final long deadline;
	private int rows;
	private int cells;

	ReadBudget(Path file, ReadLimits limits) {
		this.file = file;
		this.limits = limits;
		this.deadline = System.nanoTime() + limits.time() * 1_000_000_000L;
	}

	ReadLimits limits() {
		return limits;
	}

	/** Stops the reading once its time is up. */
	void time() {
		if (System.nanoTime() - deadline > 0) {
			throw exceeded("reading took longer than " + limits.time() + " s", "time");
		}
	}

	/** The time left, for a step that takes its own timeout (OCR of a page). */
	Duration remaining() {
		return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
	}

	/** Counts a table row. */
	void row() {
		checkRows(++rows);
		time();
	}

	/** Counts a table cell. */
	void cell() {
		checkCells(++cells);
	}

	/** Stops at a count of table rows over the limit (for those who count rows themselves). */
	void checkRows(int count) {
		if (count > limits.rows()) {
			throw exceeded("more than " + limits.rows() + " table rows", "rows");
		}
	}

	/** Stops at a count of table cells over the limit (for those who count cells themselves). */
	void checkCells(int count) {
		if (count > limits.cells()) {
			throw exceeded("more than " + limits.cells() + " table cells", "cells");
		}
	}

	/** The limit exceeded that a library's exception wraps, or null. */
	static Exceeded exceededIn(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof Exceeded exceeded) {
				return exceeded;
			}
		}
		return null;
	}

	/** The exception for a limit exceeded: the reason, then the limit's name and value and how to raise it. */
	Exceeded exceeded(String reason, String limit) {
		return new Exceeded(new ReadException(file, reason + limits.raise(limit)));
	}
}
