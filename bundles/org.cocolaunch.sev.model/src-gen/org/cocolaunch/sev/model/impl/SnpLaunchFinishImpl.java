/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snp Launch Finish</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#getIdBlockUaddr <em>Id Block Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#getIdAuthUaddr <em>Id Auth Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#isIdBlockEn <em>Id Block En</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#isAuthKeyEn <em>Auth Key En</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#isVcekDisabled <em>Vcek Disabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#getHostData <em>Host Data</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#getIdBlock <em>Id Block</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl#getIdAuth <em>Id Auth</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnpLaunchFinishImpl extends MinimalEObjectImpl.Container implements SnpLaunchFinish {
	/**
	 * The default value of the '{@link #getIdBlockUaddr() <em>Id Block Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdBlockUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_BLOCK_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIdBlockUaddr() <em>Id Block Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdBlockUaddr()
	 * @generated
	 * @ordered
	 */
	protected long idBlockUaddr = ID_BLOCK_UADDR_EDEFAULT;

	/**
	 * This is true if the Id Block Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean idBlockUaddrESet;

	/**
	 * The default value of the '{@link #getIdAuthUaddr() <em>Id Auth Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdAuthUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_AUTH_UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIdAuthUaddr() <em>Id Auth Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdAuthUaddr()
	 * @generated
	 * @ordered
	 */
	protected long idAuthUaddr = ID_AUTH_UADDR_EDEFAULT;

	/**
	 * This is true if the Id Auth Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean idAuthUaddrESet;

	/**
	 * The default value of the '{@link #isIdBlockEn() <em>Id Block En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIdBlockEn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ID_BLOCK_EN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIdBlockEn() <em>Id Block En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIdBlockEn()
	 * @generated
	 * @ordered
	 */
	protected boolean idBlockEn = ID_BLOCK_EN_EDEFAULT;

	/**
	 * This is true if the Id Block En attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean idBlockEnESet;

	/**
	 * The default value of the '{@link #isAuthKeyEn() <em>Auth Key En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthKeyEn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTH_KEY_EN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAuthKeyEn() <em>Auth Key En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthKeyEn()
	 * @generated
	 * @ordered
	 */
	protected boolean authKeyEn = AUTH_KEY_EN_EDEFAULT;

	/**
	 * This is true if the Auth Key En attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean authKeyEnESet;

	/**
	 * The default value of the '{@link #isVcekDisabled() <em>Vcek Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVcekDisabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VCEK_DISABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVcekDisabled() <em>Vcek Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVcekDisabled()
	 * @generated
	 * @ordered
	 */
	protected boolean vcekDisabled = VCEK_DISABLED_EDEFAULT;

	/**
	 * This is true if the Vcek Disabled attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vcekDisabledESet;

	/**
	 * The default value of the '{@link #getHostData() <em>Host Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostData()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] HOST_DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostData() <em>Host Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostData()
	 * @generated
	 * @ordered
	 */
	protected byte[] hostData = HOST_DATA_EDEFAULT;

	/**
	 * This is true if the Host Data attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hostDataESet;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * This is true if the Flags attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean flagsESet;

	/**
	 * The cached value of the '{@link #getIdBlock() <em>Id Block</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdBlock()
	 * @generated
	 * @ordered
	 */
	protected SnpIdBlock idBlock;

	/**
	 * The cached value of the '{@link #getIdAuth() <em>Id Auth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdAuth()
	 * @generated
	 * @ordered
	 */
	protected SnpIdAuth idAuth;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnpLaunchFinishImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SNP_LAUNCH_FINISH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIdBlockUaddr() {
		return idBlockUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdBlockUaddr(long newIdBlockUaddr) {
		long oldIdBlockUaddr = idBlockUaddr;
		idBlockUaddr = newIdBlockUaddr;
		boolean oldIdBlockUaddrESet = idBlockUaddrESet;
		idBlockUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_UADDR,
					oldIdBlockUaddr, idBlockUaddr, !oldIdBlockUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIdBlockUaddr() {
		long oldIdBlockUaddr = idBlockUaddr;
		boolean oldIdBlockUaddrESet = idBlockUaddrESet;
		idBlockUaddr = ID_BLOCK_UADDR_EDEFAULT;
		idBlockUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_UADDR,
					oldIdBlockUaddr, ID_BLOCK_UADDR_EDEFAULT, oldIdBlockUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIdBlockUaddr() {
		return idBlockUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIdAuthUaddr() {
		return idAuthUaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdAuthUaddr(long newIdAuthUaddr) {
		long oldIdAuthUaddr = idAuthUaddr;
		idAuthUaddr = newIdAuthUaddr;
		boolean oldIdAuthUaddrESet = idAuthUaddrESet;
		idAuthUaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__ID_AUTH_UADDR,
					oldIdAuthUaddr, idAuthUaddr, !oldIdAuthUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIdAuthUaddr() {
		long oldIdAuthUaddr = idAuthUaddr;
		boolean oldIdAuthUaddrESet = idAuthUaddrESet;
		idAuthUaddr = ID_AUTH_UADDR_EDEFAULT;
		idAuthUaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__ID_AUTH_UADDR,
					oldIdAuthUaddr, ID_AUTH_UADDR_EDEFAULT, oldIdAuthUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIdAuthUaddr() {
		return idAuthUaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIdBlockEn() {
		return idBlockEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdBlockEn(boolean newIdBlockEn) {
		boolean oldIdBlockEn = idBlockEn;
		idBlockEn = newIdBlockEn;
		boolean oldIdBlockEnESet = idBlockEnESet;
		idBlockEnESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_EN,
					oldIdBlockEn, idBlockEn, !oldIdBlockEnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIdBlockEn() {
		boolean oldIdBlockEn = idBlockEn;
		boolean oldIdBlockEnESet = idBlockEnESet;
		idBlockEn = ID_BLOCK_EN_EDEFAULT;
		idBlockEnESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_EN,
					oldIdBlockEn, ID_BLOCK_EN_EDEFAULT, oldIdBlockEnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIdBlockEn() {
		return idBlockEnESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAuthKeyEn() {
		return authKeyEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthKeyEn(boolean newAuthKeyEn) {
		boolean oldAuthKeyEn = authKeyEn;
		authKeyEn = newAuthKeyEn;
		boolean oldAuthKeyEnESet = authKeyEnESet;
		authKeyEnESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__AUTH_KEY_EN,
					oldAuthKeyEn, authKeyEn, !oldAuthKeyEnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAuthKeyEn() {
		boolean oldAuthKeyEn = authKeyEn;
		boolean oldAuthKeyEnESet = authKeyEnESet;
		authKeyEn = AUTH_KEY_EN_EDEFAULT;
		authKeyEnESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__AUTH_KEY_EN,
					oldAuthKeyEn, AUTH_KEY_EN_EDEFAULT, oldAuthKeyEnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAuthKeyEn() {
		return authKeyEnESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVcekDisabled() {
		return vcekDisabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcekDisabled(boolean newVcekDisabled) {
		boolean oldVcekDisabled = vcekDisabled;
		vcekDisabled = newVcekDisabled;
		boolean oldVcekDisabledESet = vcekDisabledESet;
		vcekDisabledESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__VCEK_DISABLED,
					oldVcekDisabled, vcekDisabled, !oldVcekDisabledESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVcekDisabled() {
		boolean oldVcekDisabled = vcekDisabled;
		boolean oldVcekDisabledESet = vcekDisabledESet;
		vcekDisabled = VCEK_DISABLED_EDEFAULT;
		vcekDisabledESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__VCEK_DISABLED,
					oldVcekDisabled, VCEK_DISABLED_EDEFAULT, oldVcekDisabledESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVcekDisabled() {
		return vcekDisabledESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getHostData() {
		return hostData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostData(byte[] newHostData) {
		byte[] oldHostData = hostData;
		hostData = newHostData;
		boolean oldHostDataESet = hostDataESet;
		hostDataESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__HOST_DATA, oldHostData,
					hostData, !oldHostDataESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHostData() {
		byte[] oldHostData = hostData;
		boolean oldHostDataESet = hostDataESet;
		hostData = HOST_DATA_EDEFAULT;
		hostDataESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__HOST_DATA,
					oldHostData, HOST_DATA_EDEFAULT, oldHostDataESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHostData() {
		return hostDataESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		boolean oldFlagsESet = flagsESet;
		flagsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__FLAGS, oldFlags, flags,
					!oldFlagsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFlags() {
		int oldFlags = flags;
		boolean oldFlagsESet = flagsESet;
		flags = FLAGS_EDEFAULT;
		flagsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_FINISH__FLAGS, oldFlags,
					FLAGS_EDEFAULT, oldFlagsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFlags() {
		return flagsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpIdBlock getIdBlock() {
		return idBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdBlock(SnpIdBlock newIdBlock, NotificationChain msgs) {
		SnpIdBlock oldIdBlock = idBlock;
		idBlock = newIdBlock;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK, oldIdBlock, newIdBlock);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdBlock(SnpIdBlock newIdBlock) {
		if (newIdBlock != idBlock) {
			NotificationChain msgs = null;
			if (idBlock != null)
				msgs = ((InternalEObject) idBlock).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK, null, msgs);
			if (newIdBlock != null)
				msgs = ((InternalEObject) newIdBlock).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK, null, msgs);
			msgs = basicSetIdBlock(newIdBlock, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK, newIdBlock,
					newIdBlock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpIdAuth getIdAuth() {
		return idAuth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdAuth(SnpIdAuth newIdAuth, NotificationChain msgs) {
		SnpIdAuth oldIdAuth = idAuth;
		idAuth = newIdAuth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_LAUNCH_FINISH__ID_AUTH, oldIdAuth, newIdAuth);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdAuth(SnpIdAuth newIdAuth) {
		if (newIdAuth != idAuth) {
			NotificationChain msgs = null;
			if (idAuth != null)
				msgs = ((InternalEObject) idAuth).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_LAUNCH_FINISH__ID_AUTH, null, msgs);
			if (newIdAuth != null)
				msgs = ((InternalEObject) newIdAuth).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_LAUNCH_FINISH__ID_AUTH, null, msgs);
			msgs = basicSetIdAuth(newIdAuth, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_FINISH__ID_AUTH, newIdAuth,
					newIdAuth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK:
			return basicSetIdBlock(null, msgs);
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH:
			return basicSetIdAuth(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_UADDR:
			return getIdBlockUaddr();
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH_UADDR:
			return getIdAuthUaddr();
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_EN:
			return isIdBlockEn();
		case SevPackage.SNP_LAUNCH_FINISH__AUTH_KEY_EN:
			return isAuthKeyEn();
		case SevPackage.SNP_LAUNCH_FINISH__VCEK_DISABLED:
			return isVcekDisabled();
		case SevPackage.SNP_LAUNCH_FINISH__HOST_DATA:
			return getHostData();
		case SevPackage.SNP_LAUNCH_FINISH__FLAGS:
			return getFlags();
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK:
			return getIdBlock();
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH:
			return getIdAuth();
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
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_UADDR:
			setIdBlockUaddr((Long) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH_UADDR:
			setIdAuthUaddr((Long) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_EN:
			setIdBlockEn((Boolean) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__AUTH_KEY_EN:
			setAuthKeyEn((Boolean) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__VCEK_DISABLED:
			setVcekDisabled((Boolean) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__HOST_DATA:
			setHostData((byte[]) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__FLAGS:
			setFlags((Integer) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK:
			setIdBlock((SnpIdBlock) newValue);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH:
			setIdAuth((SnpIdAuth) newValue);
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
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_UADDR:
			unsetIdBlockUaddr();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH_UADDR:
			unsetIdAuthUaddr();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_EN:
			unsetIdBlockEn();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__AUTH_KEY_EN:
			unsetAuthKeyEn();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__VCEK_DISABLED:
			unsetVcekDisabled();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__HOST_DATA:
			unsetHostData();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__FLAGS:
			unsetFlags();
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK:
			setIdBlock((SnpIdBlock) null);
			return;
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH:
			setIdAuth((SnpIdAuth) null);
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
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_UADDR:
			return isSetIdBlockUaddr();
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH_UADDR:
			return isSetIdAuthUaddr();
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK_EN:
			return isSetIdBlockEn();
		case SevPackage.SNP_LAUNCH_FINISH__AUTH_KEY_EN:
			return isSetAuthKeyEn();
		case SevPackage.SNP_LAUNCH_FINISH__VCEK_DISABLED:
			return isSetVcekDisabled();
		case SevPackage.SNP_LAUNCH_FINISH__HOST_DATA:
			return isSetHostData();
		case SevPackage.SNP_LAUNCH_FINISH__FLAGS:
			return isSetFlags();
		case SevPackage.SNP_LAUNCH_FINISH__ID_BLOCK:
			return idBlock != null;
		case SevPackage.SNP_LAUNCH_FINISH__ID_AUTH:
			return idAuth != null;
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
		result.append(" (idBlockUaddr: "); //$NON-NLS-1$
		if (idBlockUaddrESet)
			result.append(idBlockUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", idAuthUaddr: "); //$NON-NLS-1$
		if (idAuthUaddrESet)
			result.append(idAuthUaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", idBlockEn: "); //$NON-NLS-1$
		if (idBlockEnESet)
			result.append(idBlockEn);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", authKeyEn: "); //$NON-NLS-1$
		if (authKeyEnESet)
			result.append(authKeyEn);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", vcekDisabled: "); //$NON-NLS-1$
		if (vcekDisabledESet)
			result.append(vcekDisabled);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", hostData: "); //$NON-NLS-1$
		if (hostDataESet)
			result.append(hostData);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", flags: "); //$NON-NLS-1$
		if (flagsESet)
			result.append(flags);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SnpLaunchFinishImpl
