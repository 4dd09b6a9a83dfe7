/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Id Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * SNP ID block (96 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdBlock#getLd <em>Ld</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdBlock#getFamilyId <em>Family Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdBlock#getImageId <em>Image Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdBlock#getVersion <em>Version</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdBlock#getGuestSvn <em>Guest Svn</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdBlock#getPolicy <em>Policy</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock()
 * @model
 * @generated
 */
public interface SnpIdBlock extends EObject {
	/**
	 * Returns the value of the '<em><b>Ld</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected launch digest (u8[48], 0x00).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ld</em>' attribute.
	 * @see #isSetLd()
	 * @see #unsetLd()
	 * @see #setLd(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock_Ld()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getLd();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getLd <em>Ld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ld</em>' attribute.
	 * @see #isSetLd()
	 * @see #unsetLd()
	 * @see #getLd()
	 * @generated
	 */
	void setLd(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getLd <em>Ld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLd()
	 * @see #getLd()
	 * @see #setLd(byte[])
	 * @generated
	 */
	void unsetLd();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getLd <em>Ld</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ld</em>' attribute is set.
	 * @see #unsetLd()
	 * @see #getLd()
	 * @see #setLd(byte[])
	 * @generated
	 */
	boolean isSetLd();

	/**
	 * Returns the value of the '<em><b>Family Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family ID (u8[16], 0x30).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family Id</em>' attribute.
	 * @see #isSetFamilyId()
	 * @see #unsetFamilyId()
	 * @see #setFamilyId(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock_FamilyId()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getFamilyId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getFamilyId <em>Family Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Id</em>' attribute.
	 * @see #isSetFamilyId()
	 * @see #unsetFamilyId()
	 * @see #getFamilyId()
	 * @generated
	 */
	void setFamilyId(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getFamilyId <em>Family Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFamilyId()
	 * @see #getFamilyId()
	 * @see #setFamilyId(byte[])
	 * @generated
	 */
	void unsetFamilyId();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getFamilyId <em>Family Id</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Family Id</em>' attribute is set.
	 * @see #unsetFamilyId()
	 * @see #getFamilyId()
	 * @see #setFamilyId(byte[])
	 * @generated
	 */
	boolean isSetFamilyId();

	/**
	 * Returns the value of the '<em><b>Image Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image ID (u8[16], 0x40).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Id</em>' attribute.
	 * @see #isSetImageId()
	 * @see #unsetImageId()
	 * @see #setImageId(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock_ImageId()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getImageId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getImageId <em>Image Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Id</em>' attribute.
	 * @see #isSetImageId()
	 * @see #unsetImageId()
	 * @see #getImageId()
	 * @generated
	 */
	void setImageId(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getImageId <em>Image Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetImageId()
	 * @see #getImageId()
	 * @see #setImageId(byte[])
	 * @generated
	 */
	void unsetImageId();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getImageId <em>Image Id</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Image Id</em>' attribute is set.
	 * @see #unsetImageId()
	 * @see #getImageId()
	 * @see #setImageId(byte[])
	 * @generated
	 */
	boolean isSetImageId();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version (u32, 0x50); 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #isSetVersion()
	 * @see #unsetVersion()
	 * @see #setVersion(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock_Version()
	 * @model unsettable="true"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #isSetVersion()
	 * @see #unsetVersion()
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVersion()
	 * @see #getVersion()
	 * @see #setVersion(int)
	 * @generated
	 */
	void unsetVersion();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getVersion <em>Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Version</em>' attribute is set.
	 * @see #unsetVersion()
	 * @see #getVersion()
	 * @see #setVersion(int)
	 * @generated
	 */
	boolean isSetVersion();

	/**
	 * Returns the value of the '<em><b>Guest Svn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest SVN (u32, 0x54).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Svn</em>' attribute.
	 * @see #isSetGuestSvn()
	 * @see #unsetGuestSvn()
	 * @see #setGuestSvn(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock_GuestSvn()
	 * @model unsettable="true"
	 * @generated
	 */
	int getGuestSvn();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getGuestSvn <em>Guest Svn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Svn</em>' attribute.
	 * @see #isSetGuestSvn()
	 * @see #unsetGuestSvn()
	 * @see #getGuestSvn()
	 * @generated
	 */
	void setGuestSvn(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getGuestSvn <em>Guest Svn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestSvn()
	 * @see #getGuestSvn()
	 * @see #setGuestSvn(int)
	 * @generated
	 */
	void unsetGuestSvn();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getGuestSvn <em>Guest Svn</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Svn</em>' attribute is set.
	 * @see #unsetGuestSvn()
	 * @see #getGuestSvn()
	 * @see #setGuestSvn(int)
	 * @generated
	 */
	boolean isSetGuestSvn();

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected guest policy (u64, 0x58).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #setPolicy(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdBlock_Policy()
	 * @model unsettable="true"
	 * @generated
	 */
	long getPolicy();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(long)
	 * @generated
	 */
	void unsetPolicy();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdBlock#getPolicy <em>Policy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Policy</em>' attribute is set.
	 * @see #unsetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(long)
	 * @generated
	 */
	boolean isSetPolicy();

} // SnpIdBlock
