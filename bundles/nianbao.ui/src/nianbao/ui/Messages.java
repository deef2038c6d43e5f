// SPDX-License-Identifier: EPL-2.0
package nianbao.ui;

import org.eclipse.osgi.util.NLS;

import nianbao.check.Severity;

/**
 * The workbench's words: Chinese by default ({@code messages.properties}), English where the
 * workbench runs in English ({@code -nl en}, {@code messages_en.properties}).
 */
public final class Messages extends NLS {

	public static String findings_severity;
	public static String findings_rule;
	public static String findings_subject;
	public static String findings_message;
	public static String findings_report;
	public static String findings_line;
	public static String findings_triage;
	public static String export_column;
	public static String export_origin;
	public static String export_actual;
	public static String export_expected;
	public static String export_difference;
	public static String export_basis;
	public static String export_reason;
	public static String export_extraction;
	public static String export_correction;
	public static String findings_filter;
	public static String findings_groupBy;
	public static String findings_groupNone;
	public static String findings_groupReport;
	public static String findings_groupRule;
	public static String findings_groupSeverity;
	public static String findings_scopeProject;
	public static String findings_confirm;
	public static String findings_dismiss;
	public static String findings_reopen;
	public static String findings_dismissTitle;
	public static String findings_dismissPrompt;
	public static String findings_reasonNeeded;
	public static String findings_export;
	public static String findings_exported;
	public static String findings_none;
	public static String findings_count;
	public static String findings_extraction;
	public static String findings_notAssessed;
	public static String findings_unassessed;
	public static String auditFolder_done;
	public static String auditFolder_cancelled;
	public static String auditFolder_scope;
	public static String tryFormat_choose;
	public static String tryFormat_job;
	public static String tryFormat_scope;
	public static String extraction_complete;
	public static String extraction_partial;
	public static String extraction_not_recognised;
	public static String extraction_reports;
	public static String findings_auditing;
	public static String findings_triageFailed;
	public static String findings_exportFailed;
	public static String auditFolder_choose;
	public static String auditFolder_job;
	public static String auditFolder_progress;
	public static String auditFolder_none;
	public static String openProject_choose;
	public static String openProject_failed;
	public static String editor_text;
	public static String severity_error;
	public static String severity_warning;
	public static String severity_info;
	public static String correction_menu;
	public static String correction_withdraw;
	public static String correction_table;
	public static String correction_title;
	public static String correction_message;
	public static String correction_read;
	public static String correction_unread;
	public static String correction_why;
	public static String correction_value;
	public static String correction_reason;
	public static String correction_valueNeeded;
	public static String correction_reasonNeeded;
	public static String correction_failed;
	public static String correction_candidates;
	public static String correction_candidatesNone;
	public static String correction_correctCandidate;
	public static String correction_tableTitle;
	public static String correction_tableMessage;
	public static String correction_corrected;
	public static String triage_unreadableTitle;
	public static String triage_setAside;
	public static String triage_keep;
	public static String triage_unreadable;
	public static String workspace_inUseTitle;
	public static String workspace_inUse;
	public static String menu_file;
	public static String menu_edit;
	public static String menu_window;
	public static String menu_help;
	public static String menu_close;
	public static String menu_closeAll;
	public static String menu_quit;
	public static String menu_copy;
	public static String menu_selectAll;
	public static String menu_find;
	public static String menu_findNext;
	public static String menu_findPrevious;
	public static String menu_findIncremental;
	public static String menu_findIncrementalReverse;
	public static String menu_preferences;
	public static String menu_resetPerspective;
	public static String menu_about;
	public static String menu_showView;
	public static String openFile_title;
	public static String openFile_all;
	public static String openFile_reports;
	public static String openFile_formats;
	public static String openFile_any;
	public static String openFile_failed;
	public static String editor_tables;
	public static String editor_pages;
	public static String editor_fileTables;
	public static String outline_parts;
	public static String outline_tables;
	public static String outline_findings;
	public static String editor_auditing;
	public static String editor_reading;
	public static String editor_unreadable;
	public static String pages_previous;
	public static String pages_next;
	public static String pages_position;
	public static String pages_elsewhere;
	public static String pages_unrendered;
	public static String audit_job;
	public static String audit_scope;
	public static String audit_selection;
	public static String prefs_description;
	public static String prefs_profile;
	public static String prefs_profileTip;
	public static String prefs_profileNone;
	public static String prefs_formatFolders;
	public static String prefs_chooseFolder;
	public static String prefs_language;
	public static String prefs_colors;
	public static String prefs_error;
	public static String prefs_warning;
	public static String prefs_info;
	public static String prefs_restartTitle;
	public static String prefs_restart;
	public static String prefs_restartNow;
	public static String prefs_restartLater;

	static {
		NLS.initializeMessages("nianbao.ui.messages", Messages.class);
	}

	private Messages() {
	}

	/** A severity in the workbench's language. */
	/** The heading of an exported table's column (CSV, Excel), named by its key in {@code ResultRows.COLUMNS}. */
	public static String column(String key) {
		return switch (key) {
			case "file" -> findings_report;
			case "line" -> findings_line;
			case "column" -> export_column;
			case "origin" -> export_origin;
			case "severity" -> findings_severity;
			case "rule" -> findings_rule;
			case "subject" -> findings_subject;
			case "message" -> findings_message;
			case "actual" -> export_actual;
			case "expected" -> export_expected;
			case "difference" -> export_difference;
			case "basis" -> export_basis;
			case "triage" -> findings_triage;
			case "reason" -> export_reason;
			case "extraction" -> export_extraction;
			case "correction" -> export_correction;
			default -> key;
		};
	}

	public static String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> severity_error;
			case WARNING -> severity_warning;
			case INFO -> severity_info;
		};
	}
}
