/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.util;

import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.tdx.model.*;

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
 * @see org.cocolaunch.tdx.model.TdxPackage
 * @generated
 */
public class TdxSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TdxPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdxSwitch() {
		if (modelPackage == null) {
			modelPackage = TdxPackage.eINSTANCE;
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
		case TdxPackage.TDX_HOST: {
			TdxHost tdxHost = (TdxHost) theEObject;
			T result = caseTdxHost(tdxHost);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TDX_INIT_VM: {
			TdxInitVm tdxInitVm = (TdxInitVm) theEObject;
			T result = caseTdxInitVm(tdxInitVm);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.CPUID_ENTRY: {
			CpuidEntry cpuidEntry = (CpuidEntry) theEObject;
			T result = caseCpuidEntry(cpuidEntry);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TD_PARAMS: {
			TdParams tdParams = (TdParams) theEObject;
			T result = caseTdParams(tdParams);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TDX_INIT_VCPU: {
			TdxInitVcpu tdxInitVcpu = (TdxInitVcpu) theEObject;
			T result = caseTdxInitVcpu(tdxInitVcpu);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TDX_INIT_MEM_REGION: {
			TdxInitMemRegion tdxInitMemRegion = (TdxInitMemRegion) theEObject;
			T result = caseTdxInitMemRegion(tdxInitMemRegion);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TDX_FINALIZE_VM: {
			TdxFinalizeVm tdxFinalizeVm = (TdxFinalizeVm) theEObject;
			T result = caseTdxFinalizeVm(tdxFinalizeVm);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TD_STATE: {
			TdState tdState = (TdState) theEObject;
			T result = caseTdState(tdState);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TD_VCPU_STATE: {
			TdVcpuState tdVcpuState = (TdVcpuState) theEObject;
			T result = caseTdVcpuState(tdVcpuState);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case TdxPackage.TDX_LAUNCH_CONFIG: {
			TdxLaunchConfig tdxLaunchConfig = (TdxLaunchConfig) theEObject;
			T result = caseTdxLaunchConfig(tdxLaunchConfig);
			if (result == null)
				result = caseLaunchConfig(tdxLaunchConfig);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		default:
			return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdxHost(TdxHost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Init Vm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Init Vm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdxInitVm(TdxInitVm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cpuid Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cpuid Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpuidEntry(CpuidEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Td Params</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Td Params</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdParams(TdParams object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Init Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Init Vcpu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdxInitVcpu(TdxInitVcpu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Init Mem Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Init Mem Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdxInitMemRegion(TdxInitMemRegion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finalize Vm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finalize Vm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdxFinalizeVm(TdxFinalizeVm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Td State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Td State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdState(TdState object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Td Vcpu State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Td Vcpu State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTdVcpuState(TdVcpuState object) {
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
	public T caseTdxLaunchConfig(TdxLaunchConfig object) {
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

} //TdxSwitch
