/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.launch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.cocolaunch.core.backend.BackendException;
import org.cocolaunch.core.backend.BackendProviders;
import org.cocolaunch.core.backend.PlanInputs;
import org.cocolaunch.core.io.ModelFileException;
import org.cocolaunch.core.io.ModelFiles;
import org.cocolaunch.core.session.Session;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.model.LaunchPlan;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.emf.common.util.URI;

/**
 * Turns a launch configuration into a ready Session: plan, inputs, vendor engine, backend — the simulator, or KVM
 * after its host check (the same gate as {@code run --backend kvm}: {@link BackendProviders#create}).
 */
public final class SessionFactory {

	/** The configuration cannot start a session; the message is one line saying why. */
	public static final class SetupException extends Exception {
		private static final long serialVersionUID = 1L;

		SetupException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private SessionFactory() {
	}

	public static Session create(ILaunchConfiguration configuration) throws SetupException {
		try {
			String planLocation = configuration.getAttribute(CocoDebug.ATTR_PLAN, "");
			Map<String, String> inputAttributes = configuration.getAttribute(CocoDebug.ATTR_INPUTS, Map.of());
			String backend = configuration.getAttribute(CocoDebug.ATTR_BACKEND, CocoDebug.BACKEND_SIM);
			return create(planLocation, inputAttributes, backend);
		} catch (CoreException e) {
			throw new SetupException("cannot read the launch configuration: " + e.getMessage(), e);
		}
	}

	public static Session create(String planLocation, Map<String, String> inputAttributes, String backend)
			throws SetupException {
		if (planLocation.isBlank()) {
			throw new SetupException("no launch plan given; choose a .cclaunch file on the Main tab", null);
		}
		BackendProviders backends = BackendProviders.registered();
		if (!backends.ids().contains(backend)) {
			throw new SetupException("unknown backend '" + backend + "'; choose one of " + String.join(", ",
					backends.ids()) + " on the Plan tab", null);
		}
		LaunchPlan plan;
		Path baseDir;
		try {
			if (planLocation.contains(":/")) {
				plan = ModelFiles.load(URI.createURI(planLocation), LaunchPlan.class);
				baseDir = Path.of(System.getProperty("user.dir"));
			} else {
				Path file = Path.of(planLocation);
				plan = ModelFiles.loadPlan(file);
				baseDir = file.toAbsolutePath().getParent();
			}
		} catch (ModelFileException e) {
			throw new SetupException(e.getMessage(), e);
		}
		Map<String, Path> inputs = new HashMap<>();
		inputAttributes.forEach((role, path) -> inputs.put(role, Path.of(path)));
		PlanInputs planInputs = new PlanInputs(plan, baseDir, inputs);
		try {
			Session session = new Session(plan, backends.create(backend, plan, planInputs));
			session.trace().setPlanUri(planLocation);
			return session;
		} catch (BackendException e) {
			throw new SetupException(e.getMessage(), e);
		}
	}
}
