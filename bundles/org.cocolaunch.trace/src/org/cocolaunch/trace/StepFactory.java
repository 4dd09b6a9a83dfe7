/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;

/**
 * Turns one launch trace event into a plan step: the kernel command, its phase and the logged fields (numbers
 * normalised to hex, {@code (null)} strings left out). The vendor engine then types them, once
 * ({@code VendorEngine.completeImport}): parameter structs, page ranges, contents. An event whose essential fields are missing or unreadable yields no step,
 * only a warning; one with a few fields missing (a line cut short) yields a step and a warning.
 */
final class StepFactory {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	/** Fields that hold numbers (addresses, lengths, policies, flags). */
	private static final Set<String> NUMERIC = Set.of("addr", "src", "source", "gpa", "hpa", "hva", "len", "size",
			"policy", "flags", "nr_pages", "attributes", "id", "vcpu", "session", "pdh");
	/** Fields that old QEMU printed as decimal digits after "0x" (domain reference §6). */
	private static final Set<LaunchEvent> DECIMAL_LENGTH_EVENTS = Set.of(LaunchEvent.REGISTER_REGION,
			LaunchEvent.UNREGISTER_REGION, LaunchEvent.LAUNCH_UPDATE_DATA);

	private final boolean decimalLengths;
	private final List<ImportWarning> warnings;

	/**
	 * @param decimalLengths whether this log comes from a QEMU that printed lengths in decimal after "0x"
	 * @param warnings       where findings go
	 */
	StepFactory(boolean decimalLengths, List<ImportWarning> warnings) {
		this.decimalLengths = decimalLengths;
		this.warnings = warnings;
	}

	/** The step for {@code event}, or null (with a warning) when the line cannot be interpreted. */
	Step create(TraceEvent event, LaunchEvent kind, int index) {
		EventArguments args = EventArguments.parse(event.arguments());
		Step step = F.createStep();
		step.setCommand(kind.command());
		step.setPhase(kind.phase());
		step.setName(kind.stepStem() + "-" + index);
		step.setDescription("log line " + event.line() + ": " + event.text());
		GenericParameters parameters = F.createGenericParameters();
		try {
			for (Map.Entry<String, String> field : args.fields().entrySet()) {
				String value = normalise(kind, field.getKey(), field.getValue());
				if (value != null) {
					parameters.getEntries().add(parameter(field.getKey(), value));
				}
			}
		} catch (Uninterpretable e) {
			warn(event, e.getMessage() + "; not imported");
			return null;
		}
		if (!parameters.getEntries().isEmpty()) {
			step.setParameters(parameters);
		}
		List<String> missing = missingFields(kind, args);
		if (args.dangling() != null) {
			warn(event, "'" + args.dangling() + "' has no value (line cut short?)");
		}
		if (!missing.isEmpty()) {
			if (isEssential(kind, missing)) {
				warn(event, kind.eventName() + " without " + String.join(", ", missing) + "; not imported");
				return null;
			}
			warn(event, kind.eventName() + " without " + String.join(", ", missing) + " (line cut short?)");
		}
		return step;
	}

	/** A field value that makes the whole line uninterpretable. */
	private static final class Uninterpretable extends Exception {
		private static final long serialVersionUID = 1L;

		Uninterpretable(String message) {
			super(message);
		}
	}

	/** The value to record: numbers in hex, null to leave the field out. */
	private String normalise(LaunchEvent kind, String name, String value) throws Uninterpretable {
		if (value.equals("(null)")) {
			return null;
		}
		if (kind == LaunchEvent.SEV_INIT || !NUMERIC.contains(name)) {
			return value;
		}
		if (name.equals("len") && DECIMAL_LENGTH_EVENTS.contains(kind) && decimalLengths
				&& value.matches("0x\\d+")) {
			return LoggedNumbers.hex(LoggedNumbers.parseDecimalAfter0x(value));
		}
		Long number = LoggedNumbers.parse(value);
		if (number == null) {
			throw new Uninterpretable(name + " '" + value + "' is not a number");
		}
		return LoggedNumbers.hex(number);
	}

	/** Expected fields the line lacks, allowing for the formats older QEMU trees used. */
	private static List<String> missingFields(LaunchEvent kind, EventArguments args) {
		List<String> missing = new ArrayList<>();
		if (kind == LaunchEvent.SNP_LAUNCH_START && args.fields().size() == 1 && args.has("policy")) {
			return missing; // first SNP trees: "policy 0x%" PRIx64
		}
		if (kind == LaunchEvent.SNP_LAUNCH_FINISH && args.fields().isEmpty() && args.dangling() == null) {
			return missing; // first SNP trees: no arguments
		}
		boolean numericType = kind == LaunchEvent.SNP_LAUNCH_UPDATE && args.has("type")
				&& args.get("type").matches("\\d+");
		for (String field : kind.fields()) {
			boolean present = args.has(field) || field.equals("src") && args.has("addr")
					|| field.equals("gpa") && numericType; // first SNP trees: "addr %p len 0x%" PRIx64 " type %d"
			if (!present) {
				missing.add(field);
			}
		}
		return missing;
	}

	/** Whether the missing fields leave nothing to execute. */
	private static boolean isEssential(LaunchEvent kind, List<String> missing) {
		return switch (kind) {
		case SNP_LAUNCH_UPDATE -> missing.contains("len") || missing.contains("type");
		case LAUNCH_UPDATE_DATA, REGISTER_REGION, UNREGISTER_REGION -> missing.contains("len");
		case LAUNCH_START, SNP_LAUNCH_START -> missing.contains("policy");
		case LAUNCH_SECRET -> missing.contains("hpa") || missing.contains("len");
		default -> false;
		};
	}

	private static Parameter parameter(String name, String value) {
		Parameter p = F.createParameter();
		p.setName(name);
		p.setValue(value);
		return p;
	}

	private void warn(TraceEvent event, String message) {
		warnings.add(new ImportWarning(event.line(), message));
	}
}
