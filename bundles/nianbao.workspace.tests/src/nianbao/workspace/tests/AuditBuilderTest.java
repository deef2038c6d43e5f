// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.CheckMessages;
import nianbao.format.FormatMessages;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;
import nianbao.workspace.AuditMarkers;
import nianbao.workspace.AuditNature;
import nianbao.workspace.AuditPreferences;
import nianbao.workspace.ProjectAudit;

/**
 * An audit project in a real workspace: its builder marks every sample's findings, and marks them
 * again when a format file, the profile or the triage file changes.
 */
class AuditBuilderTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		// the test builds explicitly, so that it knows when the markers are there
		var description = ResourcesPlugin.getWorkspace().getDescription();
		description.setAutoBuilding(false);
		ResourcesPlugin.getWorkspace().setDescription(description);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("audit");
		project.create(null);
		project.open(null);
		AuditNature.enable(project, null);
		for (Path sample : Samples.textReports()) {
			project.getFile(sample.getFileName().toString()).create(Files.newInputStream(sample), true, null);
		}
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	private void build() throws CoreException {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	private static List<IMarker> markers(IResource resource, String type) throws CoreException {
		return Arrays.stream(resource.findMarkers(type, false, IResource.DEPTH_ZERO))
				.sorted(Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0))).toList();
	}

	private static List<String> errorRules(IFile report) throws CoreException {
		return markers(report, AuditMarkers.FINDING).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(AuditMarkers.RULE_ID, "")).toList();
	}

	private void write(String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		var in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
	}

	@Test
	void everySampleIsMarkedWithTheFindingsOfItsGroundTruth() throws CoreException {
		build();
		for (Path sample : Samples.textReports()) {
			IFile report = project.getFile(sample.getFileName().toString());
			List<String> expected = Samples.groundTruth(sample).expectedFindings().stream().map(GroundTruth.ExpectedFinding::rule)
					.toList();
			assertEquals(expected, errorRules(report), sample.getFileName().toString());
			assertEquals(List.of(), markers(report, AuditMarkers.CANNOT_ASSESS), "every check had its data");
		}
		// 001's 自然人 imbalance, with everything an auditor needs in the marker
		IMarker balance = markers(project.getFile("001_79dfd87bc59a18f9.txt"), AuditMarkers.FINDING).stream()
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("T3-BAL")).findFirst().orElseThrow();
		assertEquals(37, balance.getAttribute(IMarker.LINE_NUMBER, 0));
		assertEquals("自然人", balance.getAttribute(AuditMarkers.SUBJECT, ""));
		assertEquals("19", balance.getAttribute(AuditMarkers.ACTUAL, ""));
		assertEquals("20", balance.getAttribute(AuditMarkers.EXPECTED, ""));
		assertEquals("-1", balance.getAttribute(AuditMarkers.DIFFERENCE, ""));
		assertTrue(balance.getAttribute(AuditMarkers.OPERANDS, "").contains("右边：表三 四、结转下年度继续办理 / 自然人 = 1"),
				balance.getAttribute(AuditMarkers.OPERANDS, ""));
		assertTrue(balance.isSubtypeOf(IMarker.PROBLEM) && balance.isSubtypeOf(IMarker.TEXT));
	}

	@Test
	void aProfileOrFormatChangeReauditsAndErrorsInItAreMarkedOnIt() throws CoreException {
		build();
		IFile report001 = project.getFile("001_79dfd87bc59a18f9.txt");
		assertEquals(List.of("T3-BAL", "T3-BAL", "NT-2"), errorRules(report001));

		// a profile switching T3-BAL off: the next build drops its markers
		write("deploy.nbprofile", "profile \"本地\" { rule T3-BAL off }");
		build();
		assertEquals(List.of("NT-2"), errorRules(report001));

		// a broken format file: marked where the error is; no report is passed as clean meanwhile
		write("own.nbformat", "format \"own\" basedOn \"2021\" {\n  nonsense\n}\n");
		build();
		List<IMarker> problems = markers(project.getFile("own.nbformat"), AuditMarkers.FORMAT_PROBLEM);
		assertTrue(!problems.isEmpty());
		assertEquals(2, problems.getFirst().getAttribute(IMarker.LINE_NUMBER, 0), problems.getFirst().getAttribute(IMarker.MESSAGE, ""));
		assertEquals(List.of(), errorRules(report001));
		assertEquals(IMarker.SEVERITY_ERROR, markers(report001, AuditMarkers.CANNOT_ASSESS).getFirst()
				.getAttribute(IMarker.SEVERITY, -1));

		project.getFile("own.nbformat").delete(true, null);
		build();
		assertEquals(List.of(), markers(report001, AuditMarkers.CANNOT_ASSESS));
		assertEquals(List.of("NT-2"), errorRules(report001));
	}

	/**
	 * A copy of the official format that keeps its name is marked at the name (every report cannot be
	 * assessed meanwhile); once renamed and saved, the next build leaves no marker of it behind.
	 */
	@Test
	void aFormatNamedAsAnOfficialOneIsMarkedUntilItIsRenamed() throws CoreException {
		String copy = "format \"2021\" basedOn \"2019-trial\" {\n    years 2030..\n}\n";
		write("copy.nbformat", copy);
		build();
		List<IMarker> problems = markers(project.getFile("copy.nbformat"), AuditMarkers.FORMAT_PROBLEM);
		assertEquals(List.of("1 " + NLS.bind(FormatMessages.formatDefinedElsewhere, "2021", "2021.nbformat")), problems.stream()
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + " " + m.getAttribute(IMarker.MESSAGE, "")).toList());
		IFile report001 = project.getFile("001_79dfd87bc59a18f9.txt");
		assertEquals(List.of(), errorRules(report001));

		write("copy.nbformat", copy.replace("format \"2021\"", "format \"2021-2\""));
		build();
		assertEquals(List.of(), Arrays.asList(project.findMarkers(AuditMarkers.FORMAT_PROBLEM, false, IResource.DEPTH_INFINITE)));
		assertEquals(List.of(), markers(report001, AuditMarkers.CANNOT_ASSESS));
		assertEquals(List.of("T3-BAL", "T3-BAL", "NT-2"), errorRules(report001));
	}

	/** The test cases of the project's format files run with every build; a failing one is marked at its line. */
	@Test
	void aFailingTestCaseIsMarkedWhereItIsWritten() throws CoreException {
		String tests = "test \"001\" report \"001_79dfd87bc59a18f9.txt\" {\n    expect error T3-BAL x 2\n}\n"
				+ "test \"wrong\" report \"001_79dfd87bc59a18f9.txt\" {\n    expect no NT-2\n}\n";
		write("tests.nbformat", tests);
		build();
		assertEquals(List.of("4 测试“wrong”未通过：" + NLS.bind(CheckMessages.testExpectedNone, "NT-2", 1)),
				markers(project.getFile("tests.nbformat"), AuditMarkers.FORMAT_PROBLEM).stream()
						.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + " " + m.getAttribute(IMarker.MESSAGE, "")).toList());

		write("tests.nbformat", tests.replace("expect no NT-2", "expect error NT-2"));
		build();
		assertEquals(List.of(), markers(project.getFile("tests.nbformat"), AuditMarkers.FORMAT_PROBLEM));
	}

	/** The format folders and default profile of the preferences: for every project, until it has a profile of its own. */
	@Test
	void theFormatFoldersAndTheDefaultProfileOfThePreferencesApply(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("local.nbformat"), "format \"local\" basedOn \"2021\" {\n    years 2030..\n}\n");
		Files.writeString(folder.resolve("deploy.nbprofile"), "profile \"本地\" { rule T3-BAL off }\n");
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AuditPreferences.NODE);
		try {
			preferences.put(AuditPreferences.FORMAT_FOLDERS, folder.toString());
			preferences.put(AuditPreferences.DEFAULT_PROFILE, folder.resolve("deploy.nbprofile").toString());
			assertEquals(List.of(folder.resolve("deploy.nbprofile")), AuditPreferences.profiles(AuditPreferences.formatFolders()));
			assertTrue(ProjectAudit.auditor(project).formats().byId("local").isPresent());
			build();
			IFile report001 = project.getFile("001_79dfd87bc59a18f9.txt");
			assertEquals(List.of("NT-2"), errorRules(report001));

			// the project's own profile takes the place of the default one
			write("deploy.nbprofile", "profile \"本项目\" { rule NT-2 off }");
			build();
			assertEquals(List.of("T3-BAL", "T3-BAL"), errorRules(report001));
		} finally {
			preferences.clear();
		}
	}

	@Test
	void aDismissedFindingStaysMarkedButAsInformation() throws CoreException {
		build();
		IFile report001 = project.getFile("001_79dfd87bc59a18f9.txt");
		IMarker nt2 = markers(report001, AuditMarkers.FINDING).stream()
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("NT-2")).findFirst().orElseThrow();
		String fingerprint = nt2.getAttribute(AuditMarkers.FINGERPRINT, "");
		write("nianbao-triage.json", "{\"decisions\": [{\"fingerprint\": \"" + fingerprint
				+ "\", \"state\": \"dismissed\", \"reason\": \"正文另有说明\"}]}");
		build();
		assertEquals(List.of("T3-BAL", "T3-BAL"), errorRules(report001));
		IMarker dismissed = markers(report001, AuditMarkers.FINDING).stream()
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("NT-2")).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_INFO, dismissed.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("dismissed", dismissed.getAttribute(AuditMarkers.TRIAGE, ""));
		assertTrue(dismissed.getAttribute(IMarker.MESSAGE, "").endsWith("（已驳回：正文另有说明）"));

		write("nianbao-triage.json", "not json");
		build();
		assertTrue(markers(project.getFile("nianbao-triage.json"), AuditMarkers.FORMAT_PROBLEM).getFirst()
				.getAttribute(IMarker.MESSAGE, "").contains("not a triage file"));
	}

	@Test
	void aFileThatIsNoReportIsMarkedAsNotAssessed() throws CoreException {
		write("empty.txt", "");
		build();
		List<IMarker> marks = markers(project.getFile("empty.txt"), AuditMarkers.CANNOT_ASSESS);
		assertEquals(1, marks.size());
		assertTrue(marks.getFirst().getAttribute(IMarker.MESSAGE, "").startsWith("无法审核："));
	}
}
