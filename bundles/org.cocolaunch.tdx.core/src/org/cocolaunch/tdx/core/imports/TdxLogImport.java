/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.core.imports;

import java.util.List;

import org.cocolaunch.core.imports.ImpliedCreateVm;
import org.cocolaunch.core.imports.ImportWarning;
import org.cocolaunch.core.imports.LoggedFields;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VmType;
import org.cocolaunch.tdx.core.plan.TdxCommands;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;

/**
 * Turns the steps of an imported TDX QEMU log (fields as the TDX trees that trace them log them) into typed TDX
 * steps: {@link TdxInitVm} with ATTRIBUTES and XFAM, {@link TdxInitVcpu} with its index, {@link TdxInitMemRegion}
 * with GPA, page count and the MR.EXTEND flag and its page range, the finalize step, and the implied
 * {@code KVM_CREATE_VM} of a TD. Host buffer addresses are left out: a replay takes contents from the plan's pages.
 */
public final class TdxLogImport {

	private static final TdxFactory T = TdxFactory.eINSTANCE;
	private static final long PAGE = 4096;

	private TdxLogImport() {
	}

	public static void complete(LaunchPlan plan, List<Integer> stepLines, List<ImportWarning> warnings) {
		for (Step step : plan.getSteps()) {
			LoggedFields f = LoggedFields.of(step);
			if (!f.present() && step.getParameters() != null) {
				continue;
			}
			switch (step.getCommand()) {
			case TdxCommands.INIT_VM -> {
				TdxInitVm p = T.createTdxInitVm();
				p.setAttributes(f.number("attributes", 0));
				p.setXfam(f.number("xfam", 0));
				step.setParameters(p);
			}
			case TdxCommands.INIT_VCPU -> {
				TdxInitVcpu p = T.createTdxInitVcpu();
				p.setVcpuIndex((int) f.number("vcpu", 0));
				step.setParameters(p);
			}
			case TdxCommands.INIT_MEM_REGION -> step.setParameters(memRegion(step, f));
			case TdxCommands.FINALIZE_VM -> step.setParameters(T.createTdxFinalizeVm());
			default -> step.setParameters(null);
			}
		}
		ImpliedCreateVm.insert(plan, stepLines, VmType.TDX);
	}

	private static TdxInitMemRegion memRegion(Step step, LoggedFields f) {
		TdxInitMemRegion p = T.createTdxInitMemRegion();
		Long gpa = f.number("gpa");
		Long pages = f.number("nr_pages");
		Long length = pages != null ? Long.valueOf(pages * PAGE) : f.number("len") != null ? f.number("len") : f.number("size");
		long flags = f.number("flags", 0);
		p.setFlags((int) flags);
		if (gpa != null) {
			p.setGpa(gpa);
		}
		if (length != null) {
			p.setNrPages(length / PAGE);
		}
		if (gpa != null && length != null) {
			PageRange range = ModelFactory.eINSTANCE.createPageRange();
			range.setGpa(gpa);
			range.setLength(length);
			range.setKind((flags & TdxCommands.MEASURE_MEMORY_REGION) != 0 ? PageKind.NORMAL : PageKind.UNMEASURED);
			step.getPages().add(range);
		}
		return p;
	}
}
