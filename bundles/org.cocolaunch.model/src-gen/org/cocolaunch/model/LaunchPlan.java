/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan for launching one confidential VM: its inputs, guest memory layout, vCPUs, measurement registers and the ordered launch steps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getVmType <em>Vm Type</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getPreset <em>Preset</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getMemoryRegions <em>Memory Regions</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchPlan#getHost <em>Host</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan()
 * @model
 * @generated
 */
public interface LaunchPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchPlan#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.Vendor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see org.cocolaunch.model.Vendor
	 * @see #setVendor(Vendor)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Vendor()
	 * @model
	 * @generated
	 */
	Vendor getVendor();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchPlan#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see org.cocolaunch.model.Vendor
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(Vendor value);

	/**
	 * Returns the value of the '<em><b>Vm Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.VmType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm Type</em>' attribute.
	 * @see org.cocolaunch.model.VmType
	 * @see #setVmType(VmType)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_VmType()
	 * @model
	 * @generated
	 */
	VmType getVmType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchPlan#getVmType <em>Vm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Type</em>' attribute.
	 * @see org.cocolaunch.model.VmType
	 * @see #getVmType()
	 * @generated
	 */
	void setVmType(VmType value);

	/**
	 * Returns the value of the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preset</em>' attribute.
	 * @see #setPreset(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Preset()
	 * @model
	 * @generated
	 */
	String getPreset();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchPlan#getPreset <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset</em>' attribute.
	 * @see #getPreset()
	 * @generated
	 */
	void setPreset(String value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.LaunchInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<LaunchInput> getInputs();

	/**
	 * Returns the value of the '<em><b>Memory Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.GuestMemoryRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Regions</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_MemoryRegions()
	 * @model containment="true"
	 * @generated
	 */
	EList<GuestMemoryRegion> getMemoryRegions();

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.VcpuState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Vcpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<VcpuState> getVcpus();

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.MeasurementRegister}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Registers()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasurementRegister> getRegisters();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host the simulator models for this plan, typed by the vendor model (which VM types and confidential-computing features KVM offers); unset: a host that offers everything the plan uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' containment reference.
	 * @see #setHost(EObject)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchPlan_Host()
	 * @model containment="true"
	 * @generated
	 */
	EObject getHost();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchPlan#getHost <em>Host</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' containment reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(EObject value);

} // LaunchPlan
