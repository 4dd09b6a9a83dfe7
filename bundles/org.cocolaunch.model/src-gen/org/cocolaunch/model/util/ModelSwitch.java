/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.util;

import org.cocolaunch.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.model.ModelPackage
 * @generated
 */
public class ModelSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelSwitch() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
		case ModelPackage.LAUNCH_PLAN: {
			LaunchPlan launchPlan = (LaunchPlan) theEObject;
			T result = caseLaunchPlan(launchPlan);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.LAUNCH_INPUT: {
			LaunchInput launchInput = (LaunchInput) theEObject;
			T result = caseLaunchInput(launchInput);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.STEP: {
			Step step = (Step) theEObject;
			T result = caseStep(step);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.EXPECTED_OUTCOME: {
			ExpectedOutcome expectedOutcome = (ExpectedOutcome) theEObject;
			T result = caseExpectedOutcome(expectedOutcome);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.GUEST_MEMORY_REGION: {
			GuestMemoryRegion guestMemoryRegion = (GuestMemoryRegion) theEObject;
			T result = caseGuestMemoryRegion(guestMemoryRegion);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.PAGE_RANGE: {
			PageRange pageRange = (PageRange) theEObject;
			T result = casePageRange(pageRange);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.CONTENT_SOURCE: {
			ContentSource contentSource = (ContentSource) theEObject;
			T result = caseContentSource(contentSource);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.VCPU_STATE: {
			VcpuState vcpuState = (VcpuState) theEObject;
			T result = caseVcpuState(vcpuState);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.MEASUREMENT_REGISTER: {
			MeasurementRegister measurementRegister = (MeasurementRegister) theEObject;
			T result = caseMeasurementRegister(measurementRegister);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.REGISTER_UPDATE: {
			RegisterUpdate registerUpdate = (RegisterUpdate) theEObject;
			T result = caseRegisterUpdate(registerUpdate);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.LAUNCH_TRACE: {
			LaunchTrace launchTrace = (LaunchTrace) theEObject;
			T result = caseLaunchTrace(launchTrace);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.STEP_RESULT: {
			StepResult stepResult = (StepResult) theEObject;
			T result = caseStepResult(stepResult);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.REGISTER_VALUE: {
			RegisterValue registerValue = (RegisterValue) theEObject;
			T result = caseRegisterValue(registerValue);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.LAUNCH_CONFIG: {
			LaunchConfig launchConfig = (LaunchConfig) theEObject;
			T result = caseLaunchConfig(launchConfig);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.KVM_CREATE_VM: {
			KvmCreateVm kvmCreateVm = (KvmCreateVm) theEObject;
			T result = caseKvmCreateVm(kvmCreateVm);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.KVM_INIT_VM: {
			KvmInitVm kvmInitVm = (KvmInitVm) theEObject;
			T result = caseKvmInitVm(kvmInitVm);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.KVM_SET_MEMORY_REGION: {
			KvmSetMemoryRegion kvmSetMemoryRegion = (KvmSetMemoryRegion) theEObject;
			T result = caseKvmSetMemoryRegion(kvmSetMemoryRegion);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.KVM_CREATE_VCPU: {
			KvmCreateVcpu kvmCreateVcpu = (KvmCreateVcpu) theEObject;
			T result = caseKvmCreateVcpu(kvmCreateVcpu);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.KVM_RUN: {
			KvmRun kvmRun = (KvmRun) theEObject;
			T result = caseKvmRun(kvmRun);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.KVM_EXIT: {
			KvmExit kvmExit = (KvmExit) theEObject;
			T result = caseKvmExit(kvmExit);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.GENERIC_PARAMETERS: {
			GenericParameters genericParameters = (GenericParameters) theEObject;
			T result = caseGenericParameters(genericParameters);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case ModelPackage.PARAMETER: {
			Parameter parameter = (Parameter) theEObject;
			T result = caseParameter(parameter);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		default:
			return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLaunchPlan(LaunchPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLaunchInput(LaunchInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expected Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expected Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectedOutcome(ExpectedOutcome object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Guest Memory Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Guest Memory Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGuestMemoryRegion(GuestMemoryRegion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Page Range</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Page Range</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePageRange(PageRange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Content Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Content Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContentSource(ContentSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vcpu State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vcpu State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVcpuState(VcpuState object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurement Register</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurement Register</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurementRegister(MeasurementRegister object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Register Update</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Register Update</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegisterUpdate(RegisterUpdate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Trace</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Trace</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLaunchTrace(LaunchTrace object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepResult(StepResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Register Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Register Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegisterValue(RegisterValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Config</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Config</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLaunchConfig(LaunchConfig object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kvm Create Vm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kvm Create Vm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKvmCreateVm(KvmCreateVm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kvm Init Vm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kvm Init Vm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKvmInitVm(KvmInitVm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kvm Set Memory Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kvm Set Memory Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKvmSetMemoryRegion(KvmSetMemoryRegion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kvm Create Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kvm Create Vcpu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKvmCreateVcpu(KvmCreateVcpu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kvm Run</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kvm Run</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKvmRun(KvmRun object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kvm Exit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kvm Exit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKvmExit(KvmExit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Generic Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Generic Parameters</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGenericParameters(GenericParameters object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameter(Parameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ModelSwitch
