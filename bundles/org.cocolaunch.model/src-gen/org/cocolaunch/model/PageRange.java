/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contiguous range of guest pages of one kind starting at a guest physical address, with the source of its content.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.PageRange#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.PageRange#getLength <em>Length</em>}</li>
 *   <li>{@link org.cocolaunch.model.PageRange#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cocolaunch.model.PageRange#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getPageRange()
 * @model
 * @generated
 */
public interface PageRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gpa</em>' attribute.
	 * @see #setGpa(long)
	 * @see org.cocolaunch.model.ModelPackage#getPageRange_Gpa()
	 * @model
	 * @generated
	 */
	long getGpa();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.PageRange#getGpa <em>Gpa</em>}' attribute.
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
	 * @see org.cocolaunch.model.ModelPackage#getPageRange_Length()
	 * @model
	 * @generated
	 */
	long getLength();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.PageRange#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.PageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cocolaunch.model.PageKind
	 * @see #setKind(PageKind)
	 * @see org.cocolaunch.model.ModelPackage#getPageRange_Kind()
	 * @model
	 * @generated
	 */
	PageKind getKind();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.PageRange#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cocolaunch.model.PageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PageKind value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' containment reference.
	 * @see #setContent(ContentSource)
	 * @see org.cocolaunch.model.ModelPackage#getPageRange_Content()
	 * @model containment="true"
	 * @generated
	 */
	ContentSource getContent();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.PageRange#getContent <em>Content</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' containment reference.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(ContentSource value);

} // PageRange
