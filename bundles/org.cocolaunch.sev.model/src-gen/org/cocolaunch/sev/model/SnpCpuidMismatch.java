/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Cpuid Mismatch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CPUID page entry the firmware rejected in SNP_LAUNCH_UPDATE (INVALID_PARAM): the entry as provided and as the firmware wrote it back, which QEMU prints as 'provided' and 'expected'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getProvided <em>Provided</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getExpected <em>Expected</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidMismatch()
 * @model
 * @generated
 */
public interface SnpCpuidMismatch extends EObject {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPUID function of the entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidMismatch_Function()
	 * @model
	 * @generated
	 */
	long getFunction();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(long value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-leaf index of the entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidMismatch_Index()
	 * @model
	 * @generated
	 */
	long getIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(long value);

	/**
	 * Returns the value of the '<em><b>Provided</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entry as the VMM provided it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provided</em>' containment reference.
	 * @see #setProvided(SnpCpuidFunction)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidMismatch_Provided()
	 * @model containment="true"
	 * @generated
	 */
	SnpCpuidFunction getProvided();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getProvided <em>Provided</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provided</em>' containment reference.
	 * @see #getProvided()
	 * @generated
	 */
	void setProvided(SnpCpuidFunction value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entry as the firmware corrected it (written back to the source page).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected</em>' containment reference.
	 * @see #setExpected(SnpCpuidFunction)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidMismatch_Expected()
	 * @model containment="true"
	 * @generated
	 */
	SnpCpuidFunction getExpected();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getExpected <em>Expected</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' containment reference.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(SnpCpuidFunction value);

} // SnpCpuidMismatch
