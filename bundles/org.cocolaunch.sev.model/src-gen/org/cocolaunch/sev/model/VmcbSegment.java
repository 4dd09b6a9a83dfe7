/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vmcb Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * VMCB segment register {u16 selector; u16 attrib; u32 limit; u64 base} (16 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.VmcbSegment#getSelector <em>Selector</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.VmcbSegment#getAttrib <em>Attrib</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.VmcbSegment#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.VmcbSegment#getBase <em>Base</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getVmcbSegment()
 * @model
 * @generated
 */
public interface VmcbSegment extends EObject {
	/**
	 * Returns the value of the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Selector (u16, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selector</em>' attribute.
	 * @see #setSelector(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmcbSegment_Selector()
	 * @model
	 * @generated
	 */
	int getSelector();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.VmcbSegment#getSelector <em>Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' attribute.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(int value);

	/**
	 * Returns the value of the '<em><b>Attrib</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attributes (u16, offset 2): descriptor bits 8-15 and 20-23.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attrib</em>' attribute.
	 * @see #setAttrib(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmcbSegment_Attrib()
	 * @model
	 * @generated
	 */
	int getAttrib();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.VmcbSegment#getAttrib <em>Attrib</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attrib</em>' attribute.
	 * @see #getAttrib()
	 * @generated
	 */
	void setAttrib(int value);

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limit (u32, offset 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmcbSegment_Limit()
	 * @model
	 * @generated
	 */
	long getLimit();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.VmcbSegment#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(long value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base (u64, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmcbSegment_Base()
	 * @model
	 * @generated
	 */
	long getBase();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.VmcbSegment#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(long value);

} // VmcbSegment
