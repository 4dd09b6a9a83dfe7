/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legacy Init</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * KVM_SEV_INIT / KVM_SEV_ES_INIT on a KVM_X86_DEFAULT_VM: no parameter struct (data is ignored).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevLegacyInit#isEs <em>Es</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLegacyInit()
 * @model
 * @generated
 */
public interface SevLegacyInit extends EObject {
	/**
	 * Returns the value of the '<em><b>Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is KVM_SEV_ES_INIT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Es</em>' attribute.
	 * @see #isSetEs()
	 * @see #unsetEs()
	 * @see #setEs(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLegacyInit_Es()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isEs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLegacyInit#isEs <em>Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Es</em>' attribute.
	 * @see #isSetEs()
	 * @see #unsetEs()
	 * @see #isEs()
	 * @generated
	 */
	void setEs(boolean value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLegacyInit#isEs <em>Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEs()
	 * @see #isEs()
	 * @see #setEs(boolean)
	 * @generated
	 */
	void unsetEs();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLegacyInit#isEs <em>Es</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Es</em>' attribute is set.
	 * @see #unsetEs()
	 * @see #isEs()
	 * @see #setEs(boolean)
	 * @generated
	 */
	boolean isSetEs();

} // SevLegacyInit
