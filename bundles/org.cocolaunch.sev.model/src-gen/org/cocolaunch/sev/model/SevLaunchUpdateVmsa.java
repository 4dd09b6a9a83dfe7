/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Update Vmsa</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * KVM_SEV_LAUNCH_UPDATE_VMSA: no parameter struct; KVM encrypts every vCPU's VMSA in vCPU index order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa#getVcpuCount <em>Vcpu Count</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchUpdateVmsa()
 * @model
 * @generated
 */
public interface SevLaunchUpdateVmsa extends EObject {
	/**
	 * Returns the value of the '<em><b>Vcpu Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of vCPUs whose VMSA is encrypted (informational).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Count</em>' attribute.
	 * @see #isSetVcpuCount()
	 * @see #unsetVcpuCount()
	 * @see #setVcpuCount(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchUpdateVmsa_VcpuCount()
	 * @model unsettable="true"
	 * @generated
	 */
	int getVcpuCount();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa#getVcpuCount <em>Vcpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Count</em>' attribute.
	 * @see #isSetVcpuCount()
	 * @see #unsetVcpuCount()
	 * @see #getVcpuCount()
	 * @generated
	 */
	void setVcpuCount(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa#getVcpuCount <em>Vcpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVcpuCount()
	 * @see #getVcpuCount()
	 * @see #setVcpuCount(int)
	 * @generated
	 */
	void unsetVcpuCount();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa#getVcpuCount <em>Vcpu Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vcpu Count</em>' attribute is set.
	 * @see #unsetVcpuCount()
	 * @see #getVcpuCount()
	 * @see #setVcpuCount(int)
	 * @generated
	 */
	boolean isSetVcpuCount();

} // SevLaunchUpdateVmsa
