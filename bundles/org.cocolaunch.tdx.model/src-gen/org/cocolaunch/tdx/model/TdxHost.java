/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the simulated Intel host's KVM offers: the capability checks behind a missing TDX VM type and ENOTTY before any SEAMCALL.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdxHost#isTdxEnabled <em>Tdx Enabled</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxHost()
 * @model
 * @generated
 */
public interface TdxHost extends EObject {
	/**
	 * Returns the value of the '<em><b>Tdx Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_intel.tdx with an initialised TDX module: KVM offers the TDX VM type (bit 5 of KVM_CAP_VM_TYPES) and the KVM_TDX_* commands; without it KVM_CREATE_VM of type 5 is refused (EINVAL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tdx Enabled</em>' attribute.
	 * @see #setTdxEnabled(boolean)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxHost_TdxEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isTdxEnabled();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxHost#isTdxEnabled <em>Tdx Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tdx Enabled</em>' attribute.
	 * @see #isTdxEnabled()
	 * @generated
	 */
	void setTdxEnabled(boolean value);

} // TdxHost
