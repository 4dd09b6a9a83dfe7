/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Secret</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_launch_secret (48 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrUaddr <em>Hdr Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrLen <em>Hdr Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestUaddr <em>Guest Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestLen <em>Guest Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransUaddr <em>Trans Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransLen <em>Trans Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getHeader <em>Header</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestGpa <em>Guest Gpa</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret()
 * @model
 * @generated
 */
public interface SevLaunchSecret extends EObject {
	/**
	 * Returns the value of the '<em><b>Hdr Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the packet header (u64, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hdr Uaddr</em>' attribute.
	 * @see #isSetHdrUaddr()
	 * @see #unsetHdrUaddr()
	 * @see #setHdrUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_HdrUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getHdrUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrUaddr <em>Hdr Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hdr Uaddr</em>' attribute.
	 * @see #isSetHdrUaddr()
	 * @see #unsetHdrUaddr()
	 * @see #getHdrUaddr()
	 * @generated
	 */
	void setHdrUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrUaddr <em>Hdr Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHdrUaddr()
	 * @see #getHdrUaddr()
	 * @see #setHdrUaddr(long)
	 * @generated
	 */
	void unsetHdrUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrUaddr <em>Hdr Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Hdr Uaddr</em>' attribute is set.
	 * @see #unsetHdrUaddr()
	 * @see #getHdrUaddr()
	 * @see #setHdrUaddr(long)
	 * @generated
	 */
	boolean isSetHdrUaddr();

	/**
	 * Returns the value of the '<em><b>Hdr Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header length (u32, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hdr Len</em>' attribute.
	 * @see #isSetHdrLen()
	 * @see #unsetHdrLen()
	 * @see #setHdrLen(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_HdrLen()
	 * @model unsettable="true"
	 * @generated
	 */
	int getHdrLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrLen <em>Hdr Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hdr Len</em>' attribute.
	 * @see #isSetHdrLen()
	 * @see #unsetHdrLen()
	 * @see #getHdrLen()
	 * @generated
	 */
	void setHdrLen(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrLen <em>Hdr Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHdrLen()
	 * @see #getHdrLen()
	 * @see #setHdrLen(int)
	 * @generated
	 */
	void unsetHdrLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrLen <em>Hdr Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Hdr Len</em>' attribute is set.
	 * @see #unsetHdrLen()
	 * @see #getHdrLen()
	 * @see #setHdrLen(int)
	 * @generated
	 */
	boolean isSetHdrLen();

	/**
	 * Returns the value of the '<em><b>Guest Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the guest memory receiving the secret (u64, offset 16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Uaddr</em>' attribute.
	 * @see #isSetGuestUaddr()
	 * @see #unsetGuestUaddr()
	 * @see #setGuestUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_GuestUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getGuestUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestUaddr <em>Guest Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Uaddr</em>' attribute.
	 * @see #isSetGuestUaddr()
	 * @see #unsetGuestUaddr()
	 * @see #getGuestUaddr()
	 * @generated
	 */
	void setGuestUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestUaddr <em>Guest Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestUaddr()
	 * @see #getGuestUaddr()
	 * @see #setGuestUaddr(long)
	 * @generated
	 */
	void unsetGuestUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestUaddr <em>Guest Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Uaddr</em>' attribute is set.
	 * @see #unsetGuestUaddr()
	 * @see #getGuestUaddr()
	 * @see #setGuestUaddr(long)
	 * @generated
	 */
	boolean isSetGuestUaddr();

	/**
	 * Returns the value of the '<em><b>Guest Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest length (u32, offset 24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Len</em>' attribute.
	 * @see #isSetGuestLen()
	 * @see #unsetGuestLen()
	 * @see #setGuestLen(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_GuestLen()
	 * @model unsettable="true"
	 * @generated
	 */
	int getGuestLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestLen <em>Guest Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Len</em>' attribute.
	 * @see #isSetGuestLen()
	 * @see #unsetGuestLen()
	 * @see #getGuestLen()
	 * @generated
	 */
	void setGuestLen(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestLen <em>Guest Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestLen()
	 * @see #getGuestLen()
	 * @see #setGuestLen(int)
	 * @generated
	 */
	void unsetGuestLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestLen <em>Guest Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Len</em>' attribute is set.
	 * @see #unsetGuestLen()
	 * @see #getGuestLen()
	 * @see #setGuestLen(int)
	 * @generated
	 */
	boolean isSetGuestLen();

	/**
	 * Returns the value of the '<em><b>Trans Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the transport data (u64, offset 32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trans Uaddr</em>' attribute.
	 * @see #isSetTransUaddr()
	 * @see #unsetTransUaddr()
	 * @see #setTransUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_TransUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getTransUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransUaddr <em>Trans Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trans Uaddr</em>' attribute.
	 * @see #isSetTransUaddr()
	 * @see #unsetTransUaddr()
	 * @see #getTransUaddr()
	 * @generated
	 */
	void setTransUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransUaddr <em>Trans Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTransUaddr()
	 * @see #getTransUaddr()
	 * @see #setTransUaddr(long)
	 * @generated
	 */
	void unsetTransUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransUaddr <em>Trans Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Trans Uaddr</em>' attribute is set.
	 * @see #unsetTransUaddr()
	 * @see #getTransUaddr()
	 * @see #setTransUaddr(long)
	 * @generated
	 */
	boolean isSetTransUaddr();

	/**
	 * Returns the value of the '<em><b>Trans Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transport length (u32, offset 40).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trans Len</em>' attribute.
	 * @see #isSetTransLen()
	 * @see #unsetTransLen()
	 * @see #setTransLen(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_TransLen()
	 * @model unsettable="true"
	 * @generated
	 */
	int getTransLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransLen <em>Trans Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trans Len</em>' attribute.
	 * @see #isSetTransLen()
	 * @see #unsetTransLen()
	 * @see #getTransLen()
	 * @generated
	 */
	void setTransLen(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransLen <em>Trans Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTransLen()
	 * @see #getTransLen()
	 * @see #setTransLen(int)
	 * @generated
	 */
	void unsetTransLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransLen <em>Trans Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Trans Len</em>' attribute is set.
	 * @see #unsetTransLen()
	 * @see #getTransLen()
	 * @see #setTransLen(int)
	 * @generated
	 */
	boolean isSetTransLen();

	/**
	 * Returns the value of the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packet header: FLAGS u32, IV(16), MAC(32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header</em>' attribute.
	 * @see #isSetHeader()
	 * @see #unsetHeader()
	 * @see #setHeader(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_Header()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getHeader();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header</em>' attribute.
	 * @see #isSetHeader()
	 * @see #unsetHeader()
	 * @see #getHeader()
	 * @generated
	 */
	void setHeader(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHeader()
	 * @see #getHeader()
	 * @see #setHeader(byte[])
	 * @generated
	 */
	void unsetHeader();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHeader <em>Header</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Header</em>' attribute is set.
	 * @see #unsetHeader()
	 * @see #getHeader()
	 * @see #setHeader(byte[])
	 * @generated
	 */
	boolean isSetHeader();

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Encrypted secret.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see #isSetTransport()
	 * @see #unsetTransport()
	 * @see #setTransport(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_Transport()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getTransport();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see #isSetTransport()
	 * @see #unsetTransport()
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTransport()
	 * @see #getTransport()
	 * @see #setTransport(byte[])
	 * @generated
	 */
	void unsetTransport();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransport <em>Transport</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Transport</em>' attribute is set.
	 * @see #unsetTransport()
	 * @see #getTransport()
	 * @see #setTransport(byte[])
	 * @generated
	 */
	boolean isSetTransport();

	/**
	 * Returns the value of the '<em><b>Guest Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest-physical address of the secret area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Gpa</em>' attribute.
	 * @see #isSetGuestGpa()
	 * @see #unsetGuestGpa()
	 * @see #setGuestGpa(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchSecret_GuestGpa()
	 * @model unsettable="true"
	 * @generated
	 */
	long getGuestGpa();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestGpa <em>Guest Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Gpa</em>' attribute.
	 * @see #isSetGuestGpa()
	 * @see #unsetGuestGpa()
	 * @see #getGuestGpa()
	 * @generated
	 */
	void setGuestGpa(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestGpa <em>Guest Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestGpa()
	 * @see #getGuestGpa()
	 * @see #setGuestGpa(long)
	 * @generated
	 */
	void unsetGuestGpa();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestGpa <em>Guest Gpa</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Gpa</em>' attribute is set.
	 * @see #unsetGuestGpa()
	 * @see #getGuestGpa()
	 * @see #setGuestGpa(long)
	 * @generated
	 */
	boolean isSetGuestGpa();

} // SevLaunchSecret
