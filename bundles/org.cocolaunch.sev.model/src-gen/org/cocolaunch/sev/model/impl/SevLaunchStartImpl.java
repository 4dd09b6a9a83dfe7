/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Start</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getHandle <em>Handle</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getDhUaddr <em>Dh Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getDhLen <em>Dh Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getSessionUaddr <em>Session Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getSessionLen <em>Session Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getDhCert <em>Dh Cert</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getSession <em>Session</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl#getTik <em>Tik</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevLaunchStartImpl extends MinimalEObjectImpl.Container implements SevLaunchStart {
	/**
	 * The default value of the '{@link #getHandle() <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandle()
	 * @generated
	 * @ordered
	 */
	protected static final int HANDLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHandle() <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandle()
	 * @generated
	 * @ordered
	 */
	protected int handle = HANDLE_EDEFAULT;

	/**
	 * This is true if the Handle attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean handleESet;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final int POLICY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected int policy = POLICY_EDEFAULT;

	/**
	 * This is true if the Policy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean policyESet;

	/**
	 * The default value of the '{@link #getDhUaddr() <em>Dh Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long DH_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDhUaddr() <em>Dh Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhUaddr()
	 * @generated
	 * @ordered
	 */
	protected long dhUaddr = DH_UADDR_EDEFAULT;

	/**
	 * This is true if the Dh Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dhUaddrESet;

	/**
	 * The default value of the '{@link #getDhLen() <em>Dh Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhLen()
	 * @generated
	 * @ordered
	 */
	protected static final int DH_LEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDhLen() <em>Dh Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhLen()
	 * @generated
	 * @ordered
	 */
	protected int dhLen = DH_LEN_EDEFAULT;

	/**
	 * This is true if the Dh Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dhLenESet;

	/**
	 * The default value of the '{@link #getSessionUaddr() <em>Session Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long SESSION_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSessionUaddr() <em>Session Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionUaddr()
	 * @generated
	 * @ordered
	 */
	protected long sessionUaddr = SESSION_UADDR_EDEFAULT;

	/**
	 * This is true if the Session Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sessionUaddrESet;

	/**
	 * The default value of the '{@link #getSessionLen() <em>Session Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionLen()
	 * @generated
	 * @ordered
	 */
	protected static final int SESSION_LEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSessionLen() <em>Session Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionLen()
	 * @generated
	 * @ordered
	 */
	protected int sessionLen = SESSION_LEN_EDEFAULT;

	/**
	 * This is true if the Session Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sessionLenESet;

	/**
	 * The default value of the '{@link #getDhCert() <em>Dh Cert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhCert()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] DH_CERT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDhCert() <em>Dh Cert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDhCert()
	 * @generated
	 * @ordered
	 */
	protected byte[] dhCert = DH_CERT_EDEFAULT;

	/**
	 * This is true if the Dh Cert attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dhCertESet;

	/**
	 * The default value of the '{@link #getSession() <em>Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSession()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSession() <em>Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSession()
	 * @generated
	 * @ordered
	 */
	protected byte[] session = SESSION_EDEFAULT;

	/**
	 * This is true if the Session attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sessionESet;

	/**
	 * The default value of the '{@link #getTik() <em>Tik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTik()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] TIK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTik() <em>Tik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTik()
	 * @generated
	 * @ordered
	 */
	protected byte[] tik = TIK_EDEFAULT;

	/**
	 * This is true if the Tik attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tikESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevLaunchStartImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_LAUNCH_START;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHandle() {
		return handle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandle(int newHandle) {
		int oldHandle = handle;
		handle = newHandle;
		boolean oldHandleESet = handleESet;
		handleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__HANDLE, oldHandle,
					handle, !oldHandleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHandle() {
		int oldHandle = handle;
		boolean oldHandleESet = handleESet;
		handle = HANDLE_EDEFAULT;
		handleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__HANDLE, oldHandle,
					HANDLE_EDEFAULT, oldHandleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHandle() {
		return handleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(int newPolicy) {
		int oldPolicy = policy;
		policy = newPolicy;
		boolean oldPolicyESet = policyESet;
		policyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__POLICY, oldPolicy,
					policy, !oldPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPolicy() {
		int oldPolicy = policy;
		boolean oldPolicyESet = policyESet;
		policy = POLICY_EDEFAULT;
		policyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__POLICY, oldPolicy,
					POLICY_EDEFAULT, oldPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPolicy() {
		return policyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDhUaddr() {
		return dhUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhUaddr(long newDhUaddr) {
		long oldDhUaddr = dhUaddr;
		dhUaddr = newDhUaddr;
		boolean oldDhUaddrESet = dhUaddrESet;
		dhUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__DH_UADDR, oldDhUaddr,
					dhUaddr, !oldDhUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDhUaddr() {
		long oldDhUaddr = dhUaddr;
		boolean oldDhUaddrESet = dhUaddrESet;
		dhUaddr = DH_UADDR_EDEFAULT;
		dhUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__DH_UADDR, oldDhUaddr,
					DH_UADDR_EDEFAULT, oldDhUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDhUaddr() {
		return dhUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDhLen() {
		return dhLen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhLen(int newDhLen) {
		int oldDhLen = dhLen;
		dhLen = newDhLen;
		boolean oldDhLenESet = dhLenESet;
		dhLenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__DH_LEN, oldDhLen, dhLen,
					!oldDhLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDhLen() {
		int oldDhLen = dhLen;
		boolean oldDhLenESet = dhLenESet;
		dhLen = DH_LEN_EDEFAULT;
		dhLenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__DH_LEN, oldDhLen,
					DH_LEN_EDEFAULT, oldDhLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDhLen() {
		return dhLenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSessionUaddr() {
		return sessionUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionUaddr(long newSessionUaddr) {
		long oldSessionUaddr = sessionUaddr;
		sessionUaddr = newSessionUaddr;
		boolean oldSessionUaddrESet = sessionUaddrESet;
		sessionUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__SESSION_UADDR,
					oldSessionUaddr, sessionUaddr, !oldSessionUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSessionUaddr() {
		long oldSessionUaddr = sessionUaddr;
		boolean oldSessionUaddrESet = sessionUaddrESet;
		sessionUaddr = SESSION_UADDR_EDEFAULT;
		sessionUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__SESSION_UADDR,
					oldSessionUaddr, SESSION_UADDR_EDEFAULT, oldSessionUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSessionUaddr() {
		return sessionUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSessionLen() {
		return sessionLen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionLen(int newSessionLen) {
		int oldSessionLen = sessionLen;
		sessionLen = newSessionLen;
		boolean oldSessionLenESet = sessionLenESet;
		sessionLenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__SESSION_LEN,
					oldSessionLen, sessionLen, !oldSessionLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSessionLen() {
		int oldSessionLen = sessionLen;
		boolean oldSessionLenESet = sessionLenESet;
		sessionLen = SESSION_LEN_EDEFAULT;
		sessionLenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__SESSION_LEN,
					oldSessionLen, SESSION_LEN_EDEFAULT, oldSessionLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSessionLen() {
		return sessionLenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getDhCert() {
		return dhCert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDhCert(byte[] newDhCert) {
		byte[] oldDhCert = dhCert;
		dhCert = newDhCert;
		boolean oldDhCertESet = dhCertESet;
		dhCertESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__DH_CERT, oldDhCert,
					dhCert, !oldDhCertESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDhCert() {
		byte[] oldDhCert = dhCert;
		boolean oldDhCertESet = dhCertESet;
		dhCert = DH_CERT_EDEFAULT;
		dhCertESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__DH_CERT, oldDhCert,
					DH_CERT_EDEFAULT, oldDhCertESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDhCert() {
		return dhCertESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSession() {
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSession(byte[] newSession) {
		byte[] oldSession = session;
		session = newSession;
		boolean oldSessionESet = sessionESet;
		sessionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__SESSION, oldSession,
					session, !oldSessionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSession() {
		byte[] oldSession = session;
		boolean oldSessionESet = sessionESet;
		session = SESSION_EDEFAULT;
		sessionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__SESSION, oldSession,
					SESSION_EDEFAULT, oldSessionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSession() {
		return sessionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getTik() {
		return tik;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTik(byte[] newTik) {
		byte[] oldTik = tik;
		tik = newTik;
		boolean oldTikESet = tikESet;
		tikESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_START__TIK, oldTik, tik,
					!oldTikESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTik() {
		byte[] oldTik = tik;
		boolean oldTikESet = tikESet;
		tik = TIK_EDEFAULT;
		tikESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_START__TIK, oldTik,
					TIK_EDEFAULT, oldTikESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTik() {
		return tikESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_START__HANDLE:
			return getHandle();
		case SevPackage.SEV_LAUNCH_START__POLICY:
			return getPolicy();
		case SevPackage.SEV_LAUNCH_START__DH_UADDR:
			return getDhUaddr();
		case SevPackage.SEV_LAUNCH_START__DH_LEN:
			return getDhLen();
		case SevPackage.SEV_LAUNCH_START__SESSION_UADDR:
			return getSessionUaddr();
		case SevPackage.SEV_LAUNCH_START__SESSION_LEN:
			return getSessionLen();
		case SevPackage.SEV_LAUNCH_START__DH_CERT:
			return getDhCert();
		case SevPackage.SEV_LAUNCH_START__SESSION:
			return getSession();
		case SevPackage.SEV_LAUNCH_START__TIK:
			return getTik();
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
		case SevPackage.SEV_LAUNCH_START__HANDLE:
			setHandle((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__POLICY:
			setPolicy((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__DH_UADDR:
			setDhUaddr((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__DH_LEN:
			setDhLen((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__SESSION_UADDR:
			setSessionUaddr((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__SESSION_LEN:
			setSessionLen((Integer) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__DH_CERT:
			setDhCert((byte[]) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__SESSION:
			setSession((byte[]) newValue);
			return;
		case SevPackage.SEV_LAUNCH_START__TIK:
			setTik((byte[]) newValue);
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
		case SevPackage.SEV_LAUNCH_START__HANDLE:
			unsetHandle();
			return;
		case SevPackage.SEV_LAUNCH_START__POLICY:
			unsetPolicy();
			return;
		case SevPackage.SEV_LAUNCH_START__DH_UADDR:
			unsetDhUaddr();
			return;
		case SevPackage.SEV_LAUNCH_START__DH_LEN:
			unsetDhLen();
			return;
		case SevPackage.SEV_LAUNCH_START__SESSION_UADDR:
			unsetSessionUaddr();
			return;
		case SevPackage.SEV_LAUNCH_START__SESSION_LEN:
			unsetSessionLen();
			return;
		case SevPackage.SEV_LAUNCH_START__DH_CERT:
			unsetDhCert();
			return;
		case SevPackage.SEV_LAUNCH_START__SESSION:
			unsetSession();
			return;
		case SevPackage.SEV_LAUNCH_START__TIK:
			unsetTik();
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
		case SevPackage.SEV_LAUNCH_START__HANDLE:
			return isSetHandle();
		case SevPackage.SEV_LAUNCH_START__POLICY:
			return isSetPolicy();
		case SevPackage.SEV_LAUNCH_START__DH_UADDR:
			return isSetDhUaddr();
		case SevPackage.SEV_LAUNCH_START__DH_LEN:
			return isSetDhLen();
		case SevPackage.SEV_LAUNCH_START__SESSION_UADDR:
			return isSetSessionUaddr();
		case SevPackage.SEV_LAUNCH_START__SESSION_LEN:
			return isSetSessionLen();
		case SevPackage.SEV_LAUNCH_START__DH_CERT:
			return isSetDhCert();
		case SevPackage.SEV_LAUNCH_START__SESSION:
			return isSetSession();
		case SevPackage.SEV_LAUNCH_START__TIK:
			return isSetTik();
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
		result.append(" (handle: "); //$NON-NLS-1$
		if (handleESet)
			result.append(handle);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", policy: "); //$NON-NLS-1$
		if (policyESet)
			result.append(policy);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", dhUaddr: "); //$NON-NLS-1$
		if (dhUaddrESet)
			result.append(dhUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", dhLen: "); //$NON-NLS-1$
		if (dhLenESet)
			result.append(dhLen);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", sessionUaddr: "); //$NON-NLS-1$
		if (sessionUaddrESet)
			result.append(sessionUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", sessionLen: "); //$NON-NLS-1$
		if (sessionLenESet)
			result.append(sessionLen);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", dhCert: "); //$NON-NLS-1$
		if (dhCertESet)
			result.append(dhCert);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", session: "); //$NON-NLS-1$
		if (sessionESet)
			result.append(session);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", tik: "); //$NON-NLS-1$
		if (tikESet)
			result.append(tik);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SevLaunchStartImpl
