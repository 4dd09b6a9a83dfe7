/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Secret</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getHdrUaddr <em>Hdr Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getHdrLen <em>Hdr Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getGuestUaddr <em>Guest Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getGuestLen <em>Guest Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getTransUaddr <em>Trans Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getTransLen <em>Trans Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getHeader <em>Header</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl#getGuestGpa <em>Guest Gpa</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevLaunchSecretImpl extends MinimalEObjectImpl.Container implements SevLaunchSecret {
	/**
	 * The default value of the '{@link #getHdrUaddr() <em>Hdr Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHdrUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long HDR_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHdrUaddr() <em>Hdr Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHdrUaddr()
	 * @generated
	 * @ordered
	 */
	protected long hdrUaddr = HDR_UADDR_EDEFAULT;

	/**
	 * This is true if the Hdr Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hdrUaddrESet;

	/**
	 * The default value of the '{@link #getHdrLen() <em>Hdr Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHdrLen()
	 * @generated
	 * @ordered
	 */
	protected static final int HDR_LEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHdrLen() <em>Hdr Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHdrLen()
	 * @generated
	 * @ordered
	 */
	protected int hdrLen = HDR_LEN_EDEFAULT;

	/**
	 * This is true if the Hdr Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hdrLenESet;

	/**
	 * The default value of the '{@link #getGuestUaddr() <em>Guest Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestUaddr() <em>Guest Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestUaddr()
	 * @generated
	 * @ordered
	 */
	protected long guestUaddr = GUEST_UADDR_EDEFAULT;

	/**
	 * This is true if the Guest Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestUaddrESet;

	/**
	 * The default value of the '{@link #getGuestLen() <em>Guest Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestLen()
	 * @generated
	 * @ordered
	 */
	protected static final int GUEST_LEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGuestLen() <em>Guest Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestLen()
	 * @generated
	 * @ordered
	 */
	protected int guestLen = GUEST_LEN_EDEFAULT;

	/**
	 * This is true if the Guest Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestLenESet;

	/**
	 * The default value of the '{@link #getTransUaddr() <em>Trans Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long TRANS_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTransUaddr() <em>Trans Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransUaddr()
	 * @generated
	 * @ordered
	 */
	protected long transUaddr = TRANS_UADDR_EDEFAULT;

	/**
	 * This is true if the Trans Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean transUaddrESet;

	/**
	 * The default value of the '{@link #getTransLen() <em>Trans Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransLen()
	 * @generated
	 * @ordered
	 */
	protected static final int TRANS_LEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTransLen() <em>Trans Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransLen()
	 * @generated
	 * @ordered
	 */
	protected int transLen = TRANS_LEN_EDEFAULT;

	/**
	 * This is true if the Trans Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean transLenESet;

	/**
	 * The default value of the '{@link #getHeader() <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeader()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] HEADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeader() <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeader()
	 * @generated
	 * @ordered
	 */
	protected byte[] header = HEADER_EDEFAULT;

	/**
	 * This is true if the Header attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean headerESet;

	/**
	 * The default value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] TRANSPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected byte[] transport = TRANSPORT_EDEFAULT;

	/**
	 * This is true if the Transport attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean transportESet;

	/**
	 * The default value of the '{@link #getGuestGpa() <em>Guest Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestGpa()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_GPA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestGpa() <em>Guest Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestGpa()
	 * @generated
	 * @ordered
	 */
	protected long guestGpa = GUEST_GPA_EDEFAULT;

	/**
	 * This is true if the Guest Gpa attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestGpaESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevLaunchSecretImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_LAUNCH_SECRET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHdrUaddr() {
		return hdrUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHdrUaddr(long newHdrUaddr) {
		long oldHdrUaddr = hdrUaddr;
		hdrUaddr = newHdrUaddr;
		boolean oldHdrUaddrESet = hdrUaddrESet;
		hdrUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__HDR_UADDR, oldHdrUaddr,
					hdrUaddr, !oldHdrUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHdrUaddr() {
		long oldHdrUaddr = hdrUaddr;
		boolean oldHdrUaddrESet = hdrUaddrESet;
		hdrUaddr = HDR_UADDR_EDEFAULT;
		hdrUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__HDR_UADDR,
					oldHdrUaddr, HDR_UADDR_EDEFAULT, oldHdrUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHdrUaddr() {
		return hdrUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHdrLen() {
		return hdrLen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHdrLen(int newHdrLen) {
		int oldHdrLen = hdrLen;
		hdrLen = newHdrLen;
		boolean oldHdrLenESet = hdrLenESet;
		hdrLenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__HDR_LEN, oldHdrLen,
					hdrLen, !oldHdrLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHdrLen() {
		int oldHdrLen = hdrLen;
		boolean oldHdrLenESet = hdrLenESet;
		hdrLen = HDR_LEN_EDEFAULT;
		hdrLenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__HDR_LEN, oldHdrLen,
					HDR_LEN_EDEFAULT, oldHdrLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHdrLen() {
		return hdrLenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestUaddr() {
		return guestUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestUaddr(long newGuestUaddr) {
		long oldGuestUaddr = guestUaddr;
		guestUaddr = newGuestUaddr;
		boolean oldGuestUaddrESet = guestUaddrESet;
		guestUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__GUEST_UADDR,
					oldGuestUaddr, guestUaddr, !oldGuestUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestUaddr() {
		long oldGuestUaddr = guestUaddr;
		boolean oldGuestUaddrESet = guestUaddrESet;
		guestUaddr = GUEST_UADDR_EDEFAULT;
		guestUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__GUEST_UADDR,
					oldGuestUaddr, GUEST_UADDR_EDEFAULT, oldGuestUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestUaddr() {
		return guestUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGuestLen() {
		return guestLen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestLen(int newGuestLen) {
		int oldGuestLen = guestLen;
		guestLen = newGuestLen;
		boolean oldGuestLenESet = guestLenESet;
		guestLenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__GUEST_LEN, oldGuestLen,
					guestLen, !oldGuestLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestLen() {
		int oldGuestLen = guestLen;
		boolean oldGuestLenESet = guestLenESet;
		guestLen = GUEST_LEN_EDEFAULT;
		guestLenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__GUEST_LEN,
					oldGuestLen, GUEST_LEN_EDEFAULT, oldGuestLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestLen() {
		return guestLenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTransUaddr() {
		return transUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransUaddr(long newTransUaddr) {
		long oldTransUaddr = transUaddr;
		transUaddr = newTransUaddr;
		boolean oldTransUaddrESet = transUaddrESet;
		transUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__TRANS_UADDR,
					oldTransUaddr, transUaddr, !oldTransUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTransUaddr() {
		long oldTransUaddr = transUaddr;
		boolean oldTransUaddrESet = transUaddrESet;
		transUaddr = TRANS_UADDR_EDEFAULT;
		transUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__TRANS_UADDR,
					oldTransUaddr, TRANS_UADDR_EDEFAULT, oldTransUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTransUaddr() {
		return transUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTransLen() {
		return transLen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransLen(int newTransLen) {
		int oldTransLen = transLen;
		transLen = newTransLen;
		boolean oldTransLenESet = transLenESet;
		transLenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__TRANS_LEN, oldTransLen,
					transLen, !oldTransLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTransLen() {
		int oldTransLen = transLen;
		boolean oldTransLenESet = transLenESet;
		transLen = TRANS_LEN_EDEFAULT;
		transLenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__TRANS_LEN,
					oldTransLen, TRANS_LEN_EDEFAULT, oldTransLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTransLen() {
		return transLenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getHeader() {
		return header;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeader(byte[] newHeader) {
		byte[] oldHeader = header;
		header = newHeader;
		boolean oldHeaderESet = headerESet;
		headerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__HEADER, oldHeader,
					header, !oldHeaderESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHeader() {
		byte[] oldHeader = header;
		boolean oldHeaderESet = headerESet;
		header = HEADER_EDEFAULT;
		headerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__HEADER, oldHeader,
					HEADER_EDEFAULT, oldHeaderESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHeader() {
		return headerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getTransport() {
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(byte[] newTransport) {
		byte[] oldTransport = transport;
		transport = newTransport;
		boolean oldTransportESet = transportESet;
		transportESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__TRANSPORT, oldTransport,
					transport, !oldTransportESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTransport() {
		byte[] oldTransport = transport;
		boolean oldTransportESet = transportESet;
		transport = TRANSPORT_EDEFAULT;
		transportESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__TRANSPORT,
					oldTransport, TRANSPORT_EDEFAULT, oldTransportESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTransport() {
		return transportESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestGpa() {
		return guestGpa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestGpa(long newGuestGpa) {
		long oldGuestGpa = guestGpa;
		guestGpa = newGuestGpa;
		boolean oldGuestGpaESet = guestGpaESet;
		guestGpaESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_SECRET__GUEST_GPA, oldGuestGpa,
					guestGpa, !oldGuestGpaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestGpa() {
		long oldGuestGpa = guestGpa;
		boolean oldGuestGpaESet = guestGpaESet;
		guestGpa = GUEST_GPA_EDEFAULT;
		guestGpaESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_SECRET__GUEST_GPA,
					oldGuestGpa, GUEST_GPA_EDEFAULT, oldGuestGpaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestGpa() {
		return guestGpaESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_SECRET__HDR_UADDR:
			return getHdrUaddr();
		case SevPackage.SEV_LAUNCH_SECRET__HDR_LEN:
			return getHdrLen();
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_UADDR:
			return getGuestUaddr();
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_LEN:
			return getGuestLen();
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_UADDR:
			return getTransUaddr();
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_LEN:
			return getTransLen();
		case SevPackage.SEV_LAUNCH_SECRET__HEADER:
			return getHeader();
		case SevPackage.SEV_LAUNCH_SECRET__TRANSPORT:
			return getTransport();
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_GPA:
			return getGuestGpa();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_SECRET__HDR_UADDR:
			setHdrUaddr((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__HDR_LEN:
			setHdrLen((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_UADDR:
			setGuestUaddr((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_LEN:
			setGuestLen((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_UADDR:
			setTransUaddr((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_LEN:
			setTransLen((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__HEADER:
			setHeader((byte[]) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__TRANSPORT:
			setTransport((byte[]) newValue);
			return;
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_GPA:
			setGuestGpa((Long) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_SECRET__HDR_UADDR:
			unsetHdrUaddr();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__HDR_LEN:
			unsetHdrLen();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_UADDR:
			unsetGuestUaddr();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_LEN:
			unsetGuestLen();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_UADDR:
			unsetTransUaddr();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_LEN:
			unsetTransLen();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__HEADER:
			unsetHeader();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__TRANSPORT:
			unsetTransport();
			return;
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_GPA:
			unsetGuestGpa();
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_SECRET__HDR_UADDR:
			return isSetHdrUaddr();
		case SevPackage.SEV_LAUNCH_SECRET__HDR_LEN:
			return isSetHdrLen();
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_UADDR:
			return isSetGuestUaddr();
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_LEN:
			return isSetGuestLen();
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_UADDR:
			return isSetTransUaddr();
		case SevPackage.SEV_LAUNCH_SECRET__TRANS_LEN:
			return isSetTransLen();
		case SevPackage.SEV_LAUNCH_SECRET__HEADER:
			return isSetHeader();
		case SevPackage.SEV_LAUNCH_SECRET__TRANSPORT:
			return isSetTransport();
		case SevPackage.SEV_LAUNCH_SECRET__GUEST_GPA:
			return isSetGuestGpa();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (hdrUaddr: "); //$NON-NLS-1$
		if (hdrUaddrESet)
			result.append(hdrUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", hdrLen: "); //$NON-NLS-1$
		if (hdrLenESet)
			result.append(hdrLen);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", guestUaddr: "); //$NON-NLS-1$
		if (guestUaddrESet)
			result.append(guestUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", guestLen: "); //$NON-NLS-1$
		if (guestLenESet)
			result.append(guestLen);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", transUaddr: "); //$NON-NLS-1$
		if (transUaddrESet)
			result.append(transUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", transLen: "); //$NON-NLS-1$
		if (transLenESet)
			result.append(transLen);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", header: "); //$NON-NLS-1$
		if (headerESet)
			result.append(header);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", transport: "); //$NON-NLS-1$
		if (transportESet)
			result.append(transport);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", guestGpa: "); //$NON-NLS-1$
		if (guestGpaESet)
			result.append(guestGpa);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SevLaunchSecretImpl
