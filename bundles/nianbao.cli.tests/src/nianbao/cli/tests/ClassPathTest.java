// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import nianbao.cli.Main;
import nianbao.testing.Samples;

/**
 * The bundles on the command-line auditor's class path ({@code releng/nianbao.product/cli.bundles}, which the
 * build names in each product's {@code cli/classpath.jar}) are those the runner is wired to in OSGi: a bundle
 * missing from the list would fail the runner with a class not found only where it is first used, one too
 * many would cost every start. The start scripts of every platform run it with that class path.
 */
class ClassPathTest {

	private static final Path ROOT = Samples.root().toAbsolutePath().getParent();

	@Test
	void classPathHoldsExactlyTheRunnersBundles() throws IOException {
		Path listed = ROOT.resolve("releng/nianbao.product/cli.bundles");
		Set<String> names = Files.readAllLines(listed).stream().map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(wiredFrom(FrameworkUtil.getBundle(Main.class)), names,
				"the bundles listed in " + listed + ", one symbolic name a line");
	}

	@Test
	void everyStartScriptRunsTheRunnerOnItsClassPath() throws IOException {
		Path scripts = ROOT.resolve("features/nianbao.product.feature/rootfiles");
		assertTrue(Files.readString(scripts.resolve("unix/nianbao"))
				.contains("-cp \"$INSTALL/cli/classpath.jar\" nianbao.cli.Main \"$@\""));
		assertTrue(Files.readString(scripts.resolve("windows/nianbao.cmd"))
				.contains("-cp \"%INSTALL%cli\\classpath.jar\" nianbao.cli.Main %*"));
	}

	/** The symbolic names of a bundle and of every bundle it is wired to, directly or not, with their fragments. */
	private static Set<String> wiredFrom(Bundle start) {
		Set<String> names = new TreeSet<>();
		Set<Bundle> seen = new HashSet<>();
		Deque<BundleWiring> todo = new ArrayDeque<>();
		todo.push(start.adapt(BundleWiring.class));
		while (!todo.isEmpty()) {
			BundleWiring wiring = todo.pop();
			if (!seen.add(wiring.getBundle())) {
				continue;
			}
			names.add(wiring.getBundle().getSymbolicName());
			// packages and bundles it needs; other requirements (an extender, a service) are OSGi's alone
			for (String namespace : new String[] { BundleRevision.PACKAGE_NAMESPACE, BundleRevision.BUNDLE_NAMESPACE }) {
				for (BundleWire wire : wiring.getRequiredWires(namespace)) {
					todo.push(wire.getProviderWiring());
				}
			}
			for (BundleWire wire : wiring.getProvidedWires(BundleRevision.HOST_NAMESPACE)) {
				todo.push(wire.getRequirerWiring());
			}
		}
		return names;
	}
}
