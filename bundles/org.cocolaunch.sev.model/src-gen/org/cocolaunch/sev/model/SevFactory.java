/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.sev.model.SevPackage
 * @generated
 */
public interface SevFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SevFactory eINSTANCE = org.cocolaunch.sev.model.impl.SevFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Vmcb Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vmcb Segment</em>'.
	 * @generated
	 */
	VmcbSegment createVmcbSegment();

	/**
	 * Returns a new object of class '<em>Vmsa</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vmsa</em>'.
	 * @generated
	 */
	Vmsa createVmsa();

	/**
	 * Returns a new object of class '<em>Init</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Init</em>'.
	 * @generated
	 */
	SevInit createSevInit();

	/**
	 * Returns a new object of class '<em>Legacy Init</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Legacy Init</em>'.
	 * @generated
	 */
	SevLegacyInit createSevLegacyInit();

	/**
	 * Returns a new object of class '<em>Launch Start</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Start</em>'.
	 * @generated
	 */
	SevLaunchStart createSevLaunchStart();

	/**
	 * Returns a new object of class '<em>Launch Update Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Update Data</em>'.
	 * @generated
	 */
	SevLaunchUpdateData createSevLaunchUpdateData();

	/**
	 * Returns a new object of class '<em>Launch Update Vmsa</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Update Vmsa</em>'.
	 * @generated
	 */
	SevLaunchUpdateVmsa createSevLaunchUpdateVmsa();

	/**
	 * Returns a new object of class '<em>Launch Measure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Measure</em>'.
	 * @generated
	 */
	SevLaunchMeasure createSevLaunchMeasure();

	/**
	 * Returns a new object of class '<em>Launch Secret</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Secret</em>'.
	 * @generated
	 */
	SevLaunchSecret createSevLaunchSecret();

	/**
	 * Returns a new object of class '<em>Launch Finish</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Finish</em>'.
	 * @generated
	 */
	SevLaunchFinish createSevLaunchFinish();

	/**
	 * Returns a new object of class '<em>Guest Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guest Status</em>'.
	 * @generated
	 */
	SevGuestStatus createSevGuestStatus();

	/**
	 * Returns a new object of class '<em>Snp Launch Start</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Launch Start</em>'.
	 * @generated
	 */
	SnpLaunchStart createSnpLaunchStart();

	/**
	 * Returns a new object of class '<em>Snp Launch Update</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Launch Update</em>'.
	 * @generated
	 */
	SnpLaunchUpdate createSnpLaunchUpdate();

	/**
	 * Returns a new object of class '<em>Snp Cpuid Function</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Cpuid Function</em>'.
	 * @generated
	 */
	SnpCpuidFunction createSnpCpuidFunction();

	/**
	 * Returns a new object of class '<em>Snp Cpuid Mismatch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Cpuid Mismatch</em>'.
	 * @generated
	 */
	SnpCpuidMismatch createSnpCpuidMismatch();

	/**
	 * Returns a new object of class '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host</em>'.
	 * @generated
	 */
	SevHost createSevHost();

	/**
	 * Returns a new object of class '<em>Snp Launch Finish</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Launch Finish</em>'.
	 * @generated
	 */
	SnpLaunchFinish createSnpLaunchFinish();

	/**
	 * Returns a new object of class '<em>Snp Id Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Id Block</em>'.
	 * @generated
	 */
	SnpIdBlock createSnpIdBlock();

	/**
	 * Returns a new object of class '<em>Snp Id Auth</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snp Id Auth</em>'.
	 * @generated
	 */
	SnpIdAuth createSnpIdAuth();

	/**
	 * Returns a new object of class '<em>Ecdsa Signature</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ecdsa Signature</em>'.
	 * @generated
	 */
	EcdsaSignature createEcdsaSignature();

	/**
	 * Returns a new object of class '<em>Ecdsa Public Key</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ecdsa Public Key</em>'.
	 * @generated
	 */
	EcdsaPublicKey createEcdsaPublicKey();

	/**
	 * Returns a new object of class '<em>Launch Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Config</em>'.
	 * @generated
	 */
	SevLaunchConfig createSevLaunchConfig();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SevPackage getSevPackage();

} //SevFactory
