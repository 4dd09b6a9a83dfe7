/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.ui.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.plan.PlanEdits;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.model.CocoDebugTarget;
import org.cocolaunch.debug.ui.launch.PlanLaunching;
import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.sev.core.engine.SevVendorEngine;
import org.cocolaunch.sev.core.plan.SevPlanBuilder;
import org.cocolaunch.sev.core.plan.SevPlanRequest;
import org.cocolaunch.sev.core.vmsa.VcpuTypes;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.testing.TestData;
import org.cocolaunch.ui.tests.swt.UiDriver;
import org.cocolaunch.ui.views.LaunchStepsView;
import org.cocolaunch.ui.views.MeasurementRegistersView;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.cocolaunch.ui.tests.swt.UiDriver.onUi;
import static org.cocolaunch.ui.tests.swt.UiDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (not run by default; tests/bench runs it): a 1 GiB measured SNP launch (262,144 NORMAL pages) run to the
 * end from the debugger with the views open, next to the engine running the same plan without a UI, and the UI
 * thread's worst response time meanwhile. Prints figures; asserts only that both runs agree.
 */
@Tag("benchmark")
@Order(100)
class LaunchBenchmarkUiTest {

	private static final long PAYLOAD = 1L << 30;
	private static final long CHUNK = 64L << 20;

	/** Kept after the run (target/bench-1gib), so tests/bench can time `./cocolaunch run` on the same plan; it deletes it. */
	private final Path dir = Path.of("target", "bench-1gib").toAbsolutePath();

	@Test
	void oneGibLaunchFromTheDebuggerVersusTheEngine() throws Exception {
		Files.createDirectories(dir);
		Path payload = dir.resolve("payload.bin");
		writePayload(payload);
		Path firmware = TestData.file("firmware/OVMF.amdsev.sid-2026.08.fd");
		LaunchPlan plan = SevPlanBuilder.build(SevPlanRequest.of(SevMode.SEV_SNP, firmware, 1, "EPYC-v4", VcpuTypes.byName("EPYC-v4")));
		addPayloadUpdates(plan, payload);
		Path planFile = dir.resolve("snp-1gib.cclaunch");
		ModelFiles.save(plan, planFile);

		// A first engine run pays for reading 1 GiB from disk and for JIT warm-up.
		double coldSeconds = engineRun(planFile, firmware, dir).seconds();

		onUi(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
			page.showView(MeasurementRegistersView.ID);
			return page.showView(LaunchStepsView.ID);
		});
		// Alternate debugger and engine runs, so both are measured on equally warm caches, heap and JIT.
		DebuggerRun debug1 = debuggerRun(planFile, firmware);
		EngineRun engine1 = engineRun(planFile, firmware, dir);
		DebuggerRun debug2 = debuggerRun(planFile, firmware);
		EngineRun engine2 = engineRun(planFile, firmware, dir);
		assertArrayEquals(engine2.measurement(), debug2.measurement());
		assertArrayEquals(engine1.measurement(), debug1.measurement());
		double engineSeconds = Math.min(engine1.seconds(), engine2.seconds());
		double debugSeconds = Math.min(debug1.seconds(), debug2.seconds());
		long worstMillis = Math.max(debug1.worstUiMillis(), debug2.worstUiMillis());

		System.out.printf("BENCH 1 GiB SNP launch (%d steps, 262,144 measured payload pages + firmware)%n", plan.getSteps().size());
		System.out.printf("BENCH engine, no UI, first run : %.2f s (includes reading the input and JIT warm-up)%n", coldSeconds);
		System.out.printf("BENCH engine, no UI           : %.2f s (best of %.2f, %.2f)%n", engineSeconds, engine1.seconds(),
				engine2.seconds());
		System.out.printf("BENCH debugger, views open    : %.2f s (best of %.2f, %.2f) = %.2fx the engine%n", debugSeconds,
				debug1.seconds(), debug2.seconds(), debugSeconds / engineSeconds);
		System.out.printf("BENCH worst UI-thread response: %d ms%n", worstMillis);
		System.out.printf("BENCH plan for the CLI: %s%n", planFile);
		System.out.printf("BENCH debugger best seconds: %.3f%n", debugSeconds);
	}

	private record EngineRun(double seconds, byte[] measurement) {
	}

	private record DebuggerRun(double seconds, byte[] measurement, long worstUiMillis) {
	}

	/** Launches the plan in the debugger, resumes to the end while pinging the UI thread, terminates. */
	private static DebuggerRun debuggerRun(Path planFile, Path firmware) throws Exception {
		var config = PlanLaunching.configurationFor(planFile.toString(), "1 GiB benchmark", Map.of("firmware", firmware.toString()));
		CocoDebugTarget target = (CocoDebugTarget) config.launch(ILaunchManager.DEBUG_MODE, null).getDebugTargets()[0];
		waitUntil("the session is suspended before step 0", target::isSuspended);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong worstMillis = new AtomicLong();
		Thread pinger = new Thread(() -> {
			while (running.get()) {
				long t = System.nanoTime();
				UiDriver.display().syncExec(() -> { });
				worstMillis.accumulateAndGet((System.nanoTime() - t) / 1_000_000, Math::max);
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		pinger.start();
		long start = System.nanoTime();
		target.resume();
		waitUntil("the launch finishes in the debugger", () -> target.isSuspended() && target.session().isFinished(),
				Duration.ofMinutes(5));
		double seconds = (System.nanoTime() - start) / 1e9;
		running.set(false);
		pinger.join();
		byte[] measurement = target.session().registers().get(0).getValue().clone();
		UiDriver.screenshot(UiDriver.screenshotDir().resolve("benchmark-1gib.png"));
		target.terminate();
		waitUntil("the debug session is released", target::isTerminated);
		return new DebuggerRun(seconds, measurement, worstMillis.get());
	}

	private static EngineRun engineRun(Path planFile, Path firmware, Path dir) throws Exception {
		long start = System.nanoTime();
		LaunchPlan plan = ModelFiles.loadPlan(planFile);
		try (Session session = new Session(plan, new SevVendorEngine().createSimulator(plan,
				new PlanInputs(plan, dir, Map.of("firmware", firmware))))) {
			session.runToEnd(null);
			assertTrue(session.isFinished() && !session.hasFailed());
			return new EngineRun((System.nanoTime() - start) / 1e9, session.registers().get(0).getValue().clone());
		}
	}

	private static void writePayload(Path file) throws Exception {
		byte[] block = new byte[1 << 20];
		new Random(42).nextBytes(block);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < PAYLOAD; written += block.length) {
				block[0]++; // no two MiB alike
				out.write(block);
			}
		}
	}

	/** 16 SNP_LAUNCH_UPDATEs of 64 MiB of NORMAL pages at 4 GiB, before SNP_LAUNCH_FINISH, from the payload file. */
	private static void addPayloadUpdates(LaunchPlan plan, Path payload) {
		LaunchInput input = ModelFactory.eINSTANCE.createLaunchInput();
		input.setRole("payload");
		input.setPath(payload.getFileName().toString());
		plan.getInputs().add(input);
		int finish = plan.getSteps().size() - 1;
		int template = 3; // the firmware update: a NORMAL SNP_LAUNCH_UPDATE
		for (long offset = 0; offset < PAYLOAD; offset += CHUNK) {
			Step step = PlanEdits.duplicate(plan, template);
			plan.getSteps().move(finish++, step);
			long gpa = (4L << 30) + offset;
			step.setName("payload-" + (offset / CHUNK));
			SnpLaunchUpdate p = (SnpLaunchUpdate) step.getParameters();
			p.setGfnStart(gpa >>> 12);
			p.setLen(CHUNK);
			PageRange range = step.getPages().get(0);
			range.setGpa(gpa);
			range.setLength(CHUNK);
			ContentSource content = range.getContent();
			content.setKind(ContentSourceKind.FIRMWARE);
			content.setInput("payload");
			content.setOffset(offset);
			content.setLength(CHUNK);
		}
	}
}
