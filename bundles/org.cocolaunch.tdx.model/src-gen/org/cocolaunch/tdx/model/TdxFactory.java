/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage
 * @generated
 */
public interface TdxFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TdxFactory eINSTANCE = org.cocolaunch.tdx.model.impl.TdxFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host</em>'.
	 * @generated
	 */
	TdxHost createTdxHost();

	/**
	 * Returns a new object of class '<em>Init Vm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Init Vm</em>'.
	 * @generated
	 */
	TdxInitVm createTdxInitVm();

	/**
	 * Returns a new object of class '<em>Cpuid Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpuid Entry</em>'.
	 * @generated
	 */
	CpuidEntry createCpuidEntry();

	/**
	 * Returns a new object of class '<em>Td Params</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Td Params</em>'.
	 * @generated
	 */
	TdParams createTdParams();

	/**
	 * Returns a new object of class '<em>Init Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Init Vcpu</em>'.
	 * @generated
	 */
	TdxInitVcpu createTdxInitVcpu();

	/**
	 * Returns a new object of class '<em>Init Mem Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Init Mem Region</em>'.
	 * @generated
	 */
	TdxInitMemRegion createTdxInitMemRegion();

	/**
	 * Returns a new object of class '<em>Finalize Vm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finalize Vm</em>'.
	 * @generated
	 */
	TdxFinalizeVm createTdxFinalizeVm();

	/**
	 * Returns a new object of class '<em>Td State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Td State</em>'.
	 * @generated
	 */
	TdState createTdState();

	/**
	 * Returns a new object of class '<em>Td Vcpu State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Td Vcpu State</em>'.
	 * @generated
	 */
	TdVcpuState createTdVcpuState();

	/**
	 * Returns a new object of class '<em>Launch Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Config</em>'.
	 * @generated
	 */
	TdxLaunchConfig createTdxLaunchConfig();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TdxPackage getTdxPackage();

} //TdxFactory
