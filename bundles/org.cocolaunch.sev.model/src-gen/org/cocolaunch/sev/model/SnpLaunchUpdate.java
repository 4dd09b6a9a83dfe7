/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Launch Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_snp_launch_update (64 bytes); the pages are the step's page range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getGfnStart <em>Gfn Start</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getUaddr <em>Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getLen <em>Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getType <em>Type</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getCpuidFunctions <em>Cpuid Functions</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate()
 * @model
 * @generated
 */
public interface SnpLaunchUpdate extends EObject {
	/**
	 * Returns the value of the '<em><b>Gfn Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First guest frame number, GPA >> 12 (u64, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gfn Start</em>' attribute.
	 * @see #isSetGfnStart()
	 * @see #unsetGfnStart()
	 * @see #setGfnStart(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate_GfnStart()
	 * @model unsettable="true"
	 * @generated
	 */
	long getGfnStart();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getGfnStart <em>Gfn Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gfn Start</em>' attribute.
	 * @see #isSetGfnStart()
	 * @see #unsetGfnStart()
	 * @see #getGfnStart()
	 * @generated
	 */
	void setGfnStart(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getGfnStart <em>Gfn Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGfnStart()
	 * @see #getGfnStart()
	 * @see #setGfnStart(long)
	 * @generated
	 */
	void unsetGfnStart();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getGfnStart <em>Gfn Start</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gfn Start</em>' attribute is set.
	 * @see #unsetGfnStart()
	 * @see #getGfnStart()
	 * @see #setGfnStart(long)
	 * @generated
	 */
	boolean isSetGfnStart();

	/**
	 * Returns the value of the '<em><b>Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 4 KiB-aligned user address of the source (u64, offset 8; ignored for ZERO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uaddr</em>' attribute.
	 * @see #isSetUaddr()
	 * @see #unsetUaddr()
	 * @see #setUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate_Uaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getUaddr <em>Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uaddr</em>' attribute.
	 * @see #isSetUaddr()
	 * @see #unsetUaddr()
	 * @see #getUaddr()
	 * @generated
	 */
	void setUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getUaddr <em>Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUaddr()
	 * @see #getUaddr()
	 * @see #setUaddr(long)
	 * @generated
	 */
	void unsetUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getUaddr <em>Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uaddr</em>' attribute is set.
	 * @see #unsetUaddr()
	 * @see #getUaddr()
	 * @see #setUaddr(long)
	 * @generated
	 */
	boolean isSetUaddr();

	/**
	 * Returns the value of the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length in bytes, a multiple of 4 KiB (u64, offset 16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Len</em>' attribute.
	 * @see #isSetLen()
	 * @see #unsetLen()
	 * @see #setLen(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate_Len()
	 * @model unsettable="true"
	 * @generated
	 */
	long getLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getLen <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Len</em>' attribute.
	 * @see #isSetLen()
	 * @see #unsetLen()
	 * @see #getLen()
	 * @generated
	 */
	void setLen(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getLen <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLen()
	 * @see #getLen()
	 * @see #setLen(long)
	 * @generated
	 */
	void unsetLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getLen <em>Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Len</em>' attribute is set.
	 * @see #unsetLen()
	 * @see #getLen()
	 * @see #setLen(long)
	 * @generated
	 */
	boolean isSetLen();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.sev.model.SnpPageType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page type (u8, offset 24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.cocolaunch.sev.model.SnpPageType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(SnpPageType)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate_Type()
	 * @model unsettable="true"
	 * @generated
	 */
	SnpPageType getType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.cocolaunch.sev.model.SnpPageType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(SnpPageType value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(SnpPageType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(SnpPageType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flags (u16, offset 26); must be 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #isSetFlags()
	 * @see #unsetFlags()
	 * @see #setFlags(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate_Flags()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #isSetFlags()
	 * @see #unsetFlags()
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	void unsetFlags();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getFlags <em>Flags</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Flags</em>' attribute is set.
	 * @see #unsetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	boolean isSetFlags();

	/**
	 * Returns the value of the '<em><b>Cpuid Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.sev.model.SnpCpuidFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a CPUID page: the entries of the snp_cpuid_table the VMM writes into the source page (count at offset 0, entries from offset 16, at most 64); empty when the plan does not model the page's contents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpuid Functions</em>' containment reference list.
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchUpdate_CpuidFunctions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SnpCpuidFunction> getCpuidFunctions();

} // SnpLaunchUpdate
