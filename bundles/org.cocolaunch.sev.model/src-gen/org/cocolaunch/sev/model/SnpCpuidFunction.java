/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Cpuid Function</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of the SNP CPUID page, struct snp_cpuid_fn (48 bytes): a CPUID function and sub-leaf with the XCR0/XSS it applies to, and the register values the guest sees.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEaxIn <em>Eax In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEcxIn <em>Ecx In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getXcr0In <em>Xcr0 In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getXssIn <em>Xss In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEax <em>Eax</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEbx <em>Ebx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEcx <em>Ecx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEdx <em>Edx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpCpuidFunction#getReserved <em>Reserved</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction()
 * @model
 * @generated
 */
public interface SnpCpuidFunction extends EObject {
	/**
	 * Returns the value of the '<em><b>Eax In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPUID function, EAX input (u32, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eax In</em>' attribute.
	 * @see #setEaxIn(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_EaxIn()
	 * @model
	 * @generated
	 */
	long getEaxIn();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEaxIn <em>Eax In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eax In</em>' attribute.
	 * @see #getEaxIn()
	 * @generated
	 */
	void setEaxIn(long value);

	/**
	 * Returns the value of the '<em><b>Ecx In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-leaf index, ECX input (u32, offset 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ecx In</em>' attribute.
	 * @see #setEcxIn(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_EcxIn()
	 * @model
	 * @generated
	 */
	long getEcxIn();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEcxIn <em>Ecx In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ecx In</em>' attribute.
	 * @see #getEcxIn()
	 * @generated
	 */
	void setEcxIn(long value);

	/**
	 * Returns the value of the '<em><b>Xcr0 In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XCR0 the entry applies to (u64, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xcr0 In</em>' attribute.
	 * @see #setXcr0In(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_Xcr0In()
	 * @model
	 * @generated
	 */
	long getXcr0In();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getXcr0In <em>Xcr0 In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xcr0 In</em>' attribute.
	 * @see #getXcr0In()
	 * @generated
	 */
	void setXcr0In(long value);

	/**
	 * Returns the value of the '<em><b>Xss In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IA32_XSS the entry applies to (u64, offset 16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xss In</em>' attribute.
	 * @see #setXssIn(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_XssIn()
	 * @model
	 * @generated
	 */
	long getXssIn();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getXssIn <em>Xss In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xss In</em>' attribute.
	 * @see #getXssIn()
	 * @generated
	 */
	void setXssIn(long value);

	/**
	 * Returns the value of the '<em><b>Eax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EAX output (u32, offset 24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eax</em>' attribute.
	 * @see #setEax(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_Eax()
	 * @model
	 * @generated
	 */
	long getEax();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEax <em>Eax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eax</em>' attribute.
	 * @see #getEax()
	 * @generated
	 */
	void setEax(long value);

	/**
	 * Returns the value of the '<em><b>Ebx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EBX output (u32, offset 28).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ebx</em>' attribute.
	 * @see #setEbx(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_Ebx()
	 * @model
	 * @generated
	 */
	long getEbx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEbx <em>Ebx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ebx</em>' attribute.
	 * @see #getEbx()
	 * @generated
	 */
	void setEbx(long value);

	/**
	 * Returns the value of the '<em><b>Ecx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ECX output (u32, offset 32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ecx</em>' attribute.
	 * @see #setEcx(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_Ecx()
	 * @model
	 * @generated
	 */
	long getEcx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEcx <em>Ecx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ecx</em>' attribute.
	 * @see #getEcx()
	 * @generated
	 */
	void setEcx(long value);

	/**
	 * Returns the value of the '<em><b>Edx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EDX output (u32, offset 36).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edx</em>' attribute.
	 * @see #setEdx(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_Edx()
	 * @model
	 * @generated
	 */
	long getEdx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEdx <em>Edx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edx</em>' attribute.
	 * @see #getEdx()
	 * @generated
	 */
	void setEdx(long value);

	/**
	 * Returns the value of the '<em><b>Reserved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserved (u64, offset 40); must be 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reserved</em>' attribute.
	 * @see #setReserved(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpCpuidFunction_Reserved()
	 * @model
	 * @generated
	 */
	long getReserved();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getReserved <em>Reserved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reserved</em>' attribute.
	 * @see #getReserved()
	 * @generated
	 */
	void setReserved(long value);

} // SnpCpuidFunction
