/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guest Memory Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A region of guest physical memory (a KVM memory slot), optionally backed by private (guest_memfd) memory, with its page ranges.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.GuestMemoryRegion#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.GuestMemoryRegion#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.GuestMemoryRegion#getLength <em>Length</em>}</li>
 *   <li>{@link org.cocolaunch.model.GuestMemoryRegion#isPrivateMemory <em>Private Memory</em>}</li>
 *   <li>{@link org.cocolaunch.model.GuestMemoryRegion#getPages <em>Pages</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getGuestMemoryRegion()
 * @model
 * @generated
 */
public interface GuestMemoryRegion extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cocolaunch.model.ModelPackage#getGuestMemoryRegion_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.GuestMemoryRegion#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gpa</em>' attribute.
	 * @see #setGpa(long)
	 * @see org.cocolaunch.model.ModelPackage#getGuestMemoryRegion_Gpa()
	 * @model
	 * @generated
	 */
	long getGpa();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.GuestMemoryRegion#getGpa <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpa</em>' attribute.
	 * @see #getGpa()
	 * @generated
	 */
	void setGpa(long value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(long)
	 * @see org.cocolaunch.model.ModelPackage#getGuestMemoryRegion_Length()
	 * @model
	 * @generated
	 */
	long getLength();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.GuestMemoryRegion#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(long value);

	/**
	 * Returns the value of the '<em><b>Private Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Private Memory</em>' attribute.
	 * @see #setPrivateMemory(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getGuestMemoryRegion_PrivateMemory()
	 * @model
	 * @generated
	 */
	boolean isPrivateMemory();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.GuestMemoryRegion#isPrivateMemory <em>Private Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Private Memory</em>' attribute.
	 * @see #isPrivateMemory()
	 * @generated
	 */
	void setPrivateMemory(boolean value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.PageRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getGuestMemoryRegion_Pages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PageRange> getPages();

} // GuestMemoryRegion
