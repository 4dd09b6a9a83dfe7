/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.debug.core.breakpoints;

import java.util.Locale;
import java.util.Map;

import org.cocolaunch.core.session.StopCondition;
import org.cocolaunch.core.session.StopConditions;
import org.cocolaunch.debug.core.CocoDebug;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.Phase;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/**
 * Stops on a launch step: by command (any vendor), by phase, by a guest-physical range and/or page kind, or after
 * any step that fails.
 */
public class StepBreakpoint extends LaunchBreakpoint {

	public enum Kind {
		COMMAND, PHASE, PAGES, ERROR
	}

	public static final String ATTR_KIND = "org.cocolaunch.kind";
	public static final String ATTR_VALUE = "org.cocolaunch.value";
	public static final String ATTR_GPA_FROM = "org.cocolaunch.gpaFrom";
	public static final String ATTR_GPA_TO = "org.cocolaunch.gpaTo";
	public static final String ATTR_PAGE_KIND = "org.cocolaunch.pageKind";

	/** For the breakpoint manager, which restores breakpoints from their markers. */
	public StepBreakpoint() {
	}

	public static StepBreakpoint onCommand(String command) throws CoreException {
		StepBreakpoint b = new StepBreakpoint();
		b.install(CocoDebug.STEP_BREAKPOINT_MARKER, "Command " + command, Map.of(ATTR_KIND, Kind.COMMAND.name(), ATTR_VALUE, command));
		return b;
	}

	public static StepBreakpoint onPhase(Phase phase) throws CoreException {
		StepBreakpoint b = new StepBreakpoint();
		b.install(CocoDebug.STEP_BREAKPOINT_MARKER, "Phase " + phase.getLiteral(),
				Map.of(ATTR_KIND, Kind.PHASE.name(), ATTR_VALUE, phase.getLiteral()));
		return b;
	}

	/** Pages in [from, to) of any kind ({@code kind} null) or of one kind; {@code from = 0, to = -1} is everywhere. */
	public static StepBreakpoint onPages(long from, long to, PageKind kind) throws CoreException {
		StepBreakpoint b = new StepBreakpoint();
		String what = kind == null ? "Pages" : kind.getLiteral().toLowerCase(Locale.ROOT) + " pages";
		String where = from == 0 && to == -1 ? "" : " in 0x" + Long.toHexString(from) + "-0x" + Long.toHexString(to);
		b.install(CocoDebug.STEP_BREAKPOINT_MARKER, what + where, Map.of(ATTR_KIND, Kind.PAGES.name(), ATTR_GPA_FROM,
				Long.toUnsignedString(from, 16), ATTR_GPA_TO, Long.toUnsignedString(to, 16), ATTR_PAGE_KIND,
				kind == null ? "" : kind.getLiteral()));
		return b;
	}

	public static StepBreakpoint onError() throws CoreException {
		StepBreakpoint b = new StepBreakpoint();
		b.install(CocoDebug.STEP_BREAKPOINT_MARKER, "Any failing step", Map.of(ATTR_KIND, Kind.ERROR.name()));
		return b;
	}

	public Kind kind() throws CoreException {
		return Kind.valueOf(ensureMarker().getAttribute(ATTR_KIND, Kind.ERROR.name()));
	}

	public String value() throws CoreException {
		return ensureMarker().getAttribute(ATTR_VALUE, "");
	}

	/** For PAGES breakpoints: "from-to" in hex for a range, "kind:LITERAL" for a page kind anywhere. */
	public String pagesKey() throws CoreException {
		var marker = ensureMarker();
		String kind = marker.getAttribute(ATTR_PAGE_KIND, "");
		String from = marker.getAttribute(ATTR_GPA_FROM, "0");
		String to = marker.getAttribute(ATTR_GPA_TO, "ffffffffffffffff");
		return "0".equals(from) && "ffffffffffffffff".equals(to) && !kind.isEmpty() ? "kind:" + kind : from + "-" + to;
	}

	@Override
	public StopCondition condition() throws CoreException {
		var marker = ensureMarker();
		switch (kind()) {
		case COMMAND:
			return StopConditions.onCommand(value());
		case PHASE:
			Phase phase = Phase.get(value());
			if (phase == null) {
				throw new CoreException(Status.error("breakpoint names an unknown phase '" + value() + "'"));
			}
			return StopConditions.onPhase(phase);
		case PAGES:
			String kind = marker.getAttribute(ATTR_PAGE_KIND, "");
			return StopConditions.onPages(Long.parseUnsignedLong(marker.getAttribute(ATTR_GPA_FROM, "0"), 16),
					Long.parseUnsignedLong(marker.getAttribute(ATTR_GPA_TO, "ffffffffffffffff"), 16),
					kind.isEmpty() ? null : PageKind.get(kind));
		default:
			return StopConditions.onError();
		}
	}
}
