/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = org.cocolaunch.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Launch Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Plan</em>'.
	 * @generated
	 */
	LaunchPlan createLaunchPlan();

	/**
	 * Returns a new object of class '<em>Launch Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Input</em>'.
	 * @generated
	 */
	LaunchInput createLaunchInput();

	/**
	 * Returns a new object of class '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step</em>'.
	 * @generated
	 */
	Step createStep();

	/**
	 * Returns a new object of class '<em>Expected Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expected Outcome</em>'.
	 * @generated
	 */
	ExpectedOutcome createExpectedOutcome();

	/**
	 * Returns a new object of class '<em>Guest Memory Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guest Memory Region</em>'.
	 * @generated
	 */
	GuestMemoryRegion createGuestMemoryRegion();

	/**
	 * Returns a new object of class '<em>Page Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page Range</em>'.
	 * @generated
	 */
	PageRange createPageRange();

	/**
	 * Returns a new object of class '<em>Content Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Content Source</em>'.
	 * @generated
	 */
	ContentSource createContentSource();

	/**
	 * Returns a new object of class '<em>Vcpu State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vcpu State</em>'.
	 * @generated
	 */
	VcpuState createVcpuState();

	/**
	 * Returns a new object of class '<em>Measurement Register</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measurement Register</em>'.
	 * @generated
	 */
	MeasurementRegister createMeasurementRegister();

	/**
	 * Returns a new object of class '<em>Register Update</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Register Update</em>'.
	 * @generated
	 */
	RegisterUpdate createRegisterUpdate();

	/**
	 * Returns a new object of class '<em>Launch Trace</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Launch Trace</em>'.
	 * @generated
	 */
	LaunchTrace createLaunchTrace();

	/**
	 * Returns a new object of class '<em>Step Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Result</em>'.
	 * @generated
	 */
	StepResult createStepResult();

	/**
	 * Returns a new object of class '<em>Register Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Register Value</em>'.
	 * @generated
	 */
	RegisterValue createRegisterValue();

	/**
	 * Returns a new object of class '<em>Kvm Create Vm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kvm Create Vm</em>'.
	 * @generated
	 */
	KvmCreateVm createKvmCreateVm();

	/**
	 * Returns a new object of class '<em>Kvm Init Vm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kvm Init Vm</em>'.
	 * @generated
	 */
	KvmInitVm createKvmInitVm();

	/**
	 * Returns a new object of class '<em>Kvm Set Memory Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kvm Set Memory Region</em>'.
	 * @generated
	 */
	KvmSetMemoryRegion createKvmSetMemoryRegion();

	/**
	 * Returns a new object of class '<em>Kvm Create Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kvm Create Vcpu</em>'.
	 * @generated
	 */
	KvmCreateVcpu createKvmCreateVcpu();

	/**
	 * Returns a new object of class '<em>Kvm Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kvm Run</em>'.
	 * @generated
	 */
	KvmRun createKvmRun();

	/**
	 * Returns a new object of class '<em>Kvm Exit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kvm Exit</em>'.
	 * @generated
	 */
	KvmExit createKvmExit();

	/**
	 * Returns a new object of class '<em>Generic Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Generic Parameters</em>'.
	 * @generated
	 */
	GenericParameters createGenericParameters();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
