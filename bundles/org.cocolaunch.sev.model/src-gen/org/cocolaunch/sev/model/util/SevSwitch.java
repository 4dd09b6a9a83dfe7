/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.util;

import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.sev.model.*;

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
 * @see org.cocolaunch.sev.model.SevPackage
 * @generated
 */
public class SevSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SevPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevSwitch() {
		if (modelPackage == null) {
			modelPackage = SevPackage.eINSTANCE;
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
		case SevPackage.VMCB_SEGMENT: {
			VmcbSegment vmcbSegment = (VmcbSegment) theEObject;
			T result = caseVmcbSegment(vmcbSegment);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.VMSA: {
			Vmsa vmsa = (Vmsa) theEObject;
			T result = caseVmsa(vmsa);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_INIT: {
			SevInit sevInit = (SevInit) theEObject;
			T result = caseSevInit(sevInit);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LEGACY_INIT: {
			SevLegacyInit sevLegacyInit = (SevLegacyInit) theEObject;
			T result = caseSevLegacyInit(sevLegacyInit);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_START: {
			SevLaunchStart sevLaunchStart = (SevLaunchStart) theEObject;
			T result = caseSevLaunchStart(sevLaunchStart);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_UPDATE_DATA: {
			SevLaunchUpdateData sevLaunchUpdateData = (SevLaunchUpdateData) theEObject;
			T result = caseSevLaunchUpdateData(sevLaunchUpdateData);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_UPDATE_VMSA: {
			SevLaunchUpdateVmsa sevLaunchUpdateVmsa = (SevLaunchUpdateVmsa) theEObject;
			T result = caseSevLaunchUpdateVmsa(sevLaunchUpdateVmsa);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_MEASURE: {
			SevLaunchMeasure sevLaunchMeasure = (SevLaunchMeasure) theEObject;
			T result = caseSevLaunchMeasure(sevLaunchMeasure);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_SECRET: {
			SevLaunchSecret sevLaunchSecret = (SevLaunchSecret) theEObject;
			T result = caseSevLaunchSecret(sevLaunchSecret);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_FINISH: {
			SevLaunchFinish sevLaunchFinish = (SevLaunchFinish) theEObject;
			T result = caseSevLaunchFinish(sevLaunchFinish);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_GUEST_STATUS: {
			SevGuestStatus sevGuestStatus = (SevGuestStatus) theEObject;
			T result = caseSevGuestStatus(sevGuestStatus);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_LAUNCH_START: {
			SnpLaunchStart snpLaunchStart = (SnpLaunchStart) theEObject;
			T result = caseSnpLaunchStart(snpLaunchStart);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_LAUNCH_UPDATE: {
			SnpLaunchUpdate snpLaunchUpdate = (SnpLaunchUpdate) theEObject;
			T result = caseSnpLaunchUpdate(snpLaunchUpdate);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_CPUID_FUNCTION: {
			SnpCpuidFunction snpCpuidFunction = (SnpCpuidFunction) theEObject;
			T result = caseSnpCpuidFunction(snpCpuidFunction);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_CPUID_MISMATCH: {
			SnpCpuidMismatch snpCpuidMismatch = (SnpCpuidMismatch) theEObject;
			T result = caseSnpCpuidMismatch(snpCpuidMismatch);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_HOST: {
			SevHost sevHost = (SevHost) theEObject;
			T result = caseSevHost(sevHost);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_LAUNCH_FINISH: {
			SnpLaunchFinish snpLaunchFinish = (SnpLaunchFinish) theEObject;
			T result = caseSnpLaunchFinish(snpLaunchFinish);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_ID_BLOCK: {
			SnpIdBlock snpIdBlock = (SnpIdBlock) theEObject;
			T result = caseSnpIdBlock(snpIdBlock);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SNP_ID_AUTH: {
			SnpIdAuth snpIdAuth = (SnpIdAuth) theEObject;
			T result = caseSnpIdAuth(snpIdAuth);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.ECDSA_SIGNATURE: {
			EcdsaSignature ecdsaSignature = (EcdsaSignature) theEObject;
			T result = caseEcdsaSignature(ecdsaSignature);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.ECDSA_PUBLIC_KEY: {
			EcdsaPublicKey ecdsaPublicKey = (EcdsaPublicKey) theEObject;
			T result = caseEcdsaPublicKey(ecdsaPublicKey);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case SevPackage.SEV_LAUNCH_CONFIG: {
			SevLaunchConfig sevLaunchConfig = (SevLaunchConfig) theEObject;
			T result = caseSevLaunchConfig(sevLaunchConfig);
			if (result == null)
				result = caseLaunchConfig(sevLaunchConfig);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		default:
			return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vmcb Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vmcb Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVmcbSegment(VmcbSegment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vmsa</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vmsa</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVmsa(Vmsa object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Init</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Init</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevInit(SevInit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Legacy Init</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Legacy Init</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLegacyInit(SevLegacyInit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Start</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Start</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLaunchStart(SevLaunchStart object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Update Data</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Update Data</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLaunchUpdateData(SevLaunchUpdateData object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Update Vmsa</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Update Vmsa</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLaunchUpdateVmsa(SevLaunchUpdateVmsa object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLaunchMeasure(SevLaunchMeasure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Secret</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Secret</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLaunchSecret(SevLaunchSecret object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Launch Finish</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Launch Finish</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevLaunchFinish(SevLaunchFinish object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Guest Status</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Guest Status</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSevGuestStatus(SevGuestStatus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Launch Start</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Launch Start</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpLaunchStart(SnpLaunchStart object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Launch Update</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Launch Update</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpLaunchUpdate(SnpLaunchUpdate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Cpuid Function</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Cpuid Function</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpCpuidFunction(SnpCpuidFunction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Cpuid Mismatch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Cpuid Mismatch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpCpuidMismatch(SnpCpuidMismatch object) {
		return null;
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
	public T caseSevHost(SevHost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Launch Finish</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Launch Finish</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpLaunchFinish(SnpLaunchFinish object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Id Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Id Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpIdBlock(SnpIdBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Snp Id Auth</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Snp Id Auth</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSnpIdAuth(SnpIdAuth object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ecdsa Signature</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ecdsa Signature</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEcdsaSignature(EcdsaSignature object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ecdsa Public Key</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ecdsa Public Key</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEcdsaPublicKey(EcdsaPublicKey object) {
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
	public T caseSevLaunchConfig(SevLaunchConfig object) {
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

} //SevSwitch
