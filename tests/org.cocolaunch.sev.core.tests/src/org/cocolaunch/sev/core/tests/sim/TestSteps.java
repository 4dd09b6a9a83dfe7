/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.core.tests.sim;

import java.util.Locale;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.eclipse.emf.ecore.EObject;

/** Hand-made launch steps for state-machine tests. */
final class TestSteps {

	static final ModelFactory F = ModelFactory.eINSTANCE;
	static final SevFactory S = SevFactory.eINSTANCE;

	private TestSteps() {
	}

	static LaunchPlan emptyPlan(VmType type) {
		LaunchPlan p = F.createLaunchPlan();
		p.setName("test");
		p.setVendor(Vendor.AMD);
		p.setVmType(type);
		return p;
	}

	static Step createVm(int type) {
		GenericParameters g = F.createGenericParameters();
		Parameter p = F.createParameter();
		p.setName("type");
		p.setValue(Integer.toString(type));
		g.getEntries().add(p);
		Step s = F.createStep();
		s.setName("create-vm");
		s.setCommand("KVM_CREATE_VM");
		s.setParameters(g);
		return s;
	}

	static Step command(SevCommandId id, EObject parameters) {
		Step s = F.createStep();
		s.setName(id.getName().toLowerCase(Locale.ROOT));
		s.setCommand(id.getLiteral());
		s.setParameters(parameters);
		return s;
	}

	static Step init2(long features) {
		SevInit p = S.createSevInit();
		p.setVmsaFeatures(features);
		return command(SevCommandId.KVM_SEV_INIT2, p);
	}

	static Step snpStart(long policy) {
		SnpLaunchStart p = S.createSnpLaunchStart();
		p.setPolicy(policy);
		return command(SevCommandId.KVM_SEV_SNP_LAUNCH_START, p);
	}

	static Step snpUpdate(long gpa, long len, SnpPageType type) {
		SnpLaunchUpdate p = S.createSnpLaunchUpdate();
		p.setGfnStart(gpa >>> 12);
		p.setLen(len);
		p.setType(type);
		Step s = command(SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE, p);
		PageRange r = range(gpa, len, type == SnpPageType.NORMAL ? PageKind.NORMAL : PageKind.ZERO);
		if (type == SnpPageType.NORMAL) {
			r.setContent(inline(new byte[(int) len]));
		}
		s.getPages().add(r);
		return s;
	}

	static Step withInline(Step s, PageKind kind, byte[] data) {
		PageRange r = range(0, data.length, kind);
		r.setContent(inline(data));
		s.getPages().add(r);
		return s;
	}

	static PageRange range(long gpa, long len, PageKind kind) {
		PageRange r = F.createPageRange();
		r.setGpa(gpa);
		r.setLength(len);
		r.setKind(kind);
		return r;
	}

	static ContentSource inline(byte[] data) {
		ContentSource c = F.createContentSource();
		c.setKind(ContentSourceKind.INLINE);
		c.setData(data);
		return c;
	}
}
