/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpuid Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_cpuid_entry2 (40 bytes): one CPUID leaf/subleaf and its register values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getEax <em>Eax</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getEbx <em>Ebx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getEcx <em>Ecx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.CpuidEntry#getEdx <em>Edx</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry()
 * @model
 * @generated
 */
public interface CpuidEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leaf (EAX input).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Function()
	 * @model
	 * @generated
	 */
	int getFunction();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(int value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subleaf (ECX input).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM_CPUID_FLAG_* bits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Eax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EAX output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eax</em>' attribute.
	 * @see #setEax(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Eax()
	 * @model
	 * @generated
	 */
	int getEax();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getEax <em>Eax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eax</em>' attribute.
	 * @see #getEax()
	 * @generated
	 */
	void setEax(int value);

	/**
	 * Returns the value of the '<em><b>Ebx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EBX output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ebx</em>' attribute.
	 * @see #setEbx(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Ebx()
	 * @model
	 * @generated
	 */
	int getEbx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getEbx <em>Ebx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ebx</em>' attribute.
	 * @see #getEbx()
	 * @generated
	 */
	void setEbx(int value);

	/**
	 * Returns the value of the '<em><b>Ecx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ECX output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ecx</em>' attribute.
	 * @see #setEcx(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Ecx()
	 * @model
	 * @generated
	 */
	int getEcx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getEcx <em>Ecx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ecx</em>' attribute.
	 * @see #getEcx()
	 * @generated
	 */
	void setEcx(int value);

	/**
	 * Returns the value of the '<em><b>Edx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EDX output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edx</em>' attribute.
	 * @see #setEdx(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getCpuidEntry_Edx()
	 * @model
	 * @generated
	 */
	int getEdx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.CpuidEntry#getEdx <em>Edx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edx</em>' attribute.
	 * @see #getEdx()
	 * @generated
	 */
	void setEdx(int value);

} // CpuidEntry
