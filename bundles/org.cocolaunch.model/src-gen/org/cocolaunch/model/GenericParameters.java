/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generic Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A vendor-neutral bag of named parameters for steps whose vendor model is not loaded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.GenericParameters#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getGenericParameters()
 * @model
 * @generated
 */
public interface GenericParameters extends EObject {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getGenericParameters_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getEntries();

} // GenericParameters
