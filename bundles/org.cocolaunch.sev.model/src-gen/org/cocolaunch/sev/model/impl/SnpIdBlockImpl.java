/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpIdBlock;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snp Id Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl#getLd <em>Ld</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl#getFamilyId <em>Family Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl#getImageId <em>Image Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl#getGuestSvn <em>Guest Svn</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl#getPolicy <em>Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnpIdBlockImpl extends MinimalEObjectImpl.Container implements SnpIdBlock {
	/**
	 * The default value of the '{@link #getLd() <em>Ld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLd()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] LD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLd() <em>Ld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLd()
	 * @generated
	 * @ordered
	 */
	protected byte[] ld = LD_EDEFAULT;

	/**
	 * This is true if the Ld attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ldESet;

	/**
	 * The default value of the '{@link #getFamilyId() <em>Family Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyId()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] FAMILY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyId() <em>Family Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyId()
	 * @generated
	 * @ordered
	 */
	protected byte[] familyId = FAMILY_ID_EDEFAULT;

	/**
	 * This is true if the Family Id attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean familyIdESet;

	/**
	 * The default value of the '{@link #getImageId() <em>Image Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageId()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] IMAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageId() <em>Image Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageId()
	 * @generated
	 * @ordered
	 */
	protected byte[] imageId = IMAGE_ID_EDEFAULT;

	/**
	 * This is true if the Image Id attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean imageIdESet;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * This is true if the Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean versionESet;

	/**
	 * The default value of the '{@link #getGuestSvn() <em>Guest Svn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestSvn()
	 * @generated
	 * @ordered
	 */
	protected static final int GUEST_SVN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGuestSvn() <em>Guest Svn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestSvn()
	 * @generated
	 * @ordered
	 */
	protected int guestSvn = GUEST_SVN_EDEFAULT;

	/**
	 * This is true if the Guest Svn attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestSvnESet;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final long POLICY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected long policy = POLICY_EDEFAULT;

	/**
	 * This is true if the Policy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean policyESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnpIdBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SNP_ID_BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getLd() {
		return ld;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLd(byte[] newLd) {
		byte[] oldLd = ld;
		ld = newLd;
		boolean oldLdESet = ldESet;
		ldESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_BLOCK__LD, oldLd, ld, !oldLdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLd() {
		byte[] oldLd = ld;
		boolean oldLdESet = ldESet;
		ld = LD_EDEFAULT;
		ldESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_BLOCK__LD, oldLd, LD_EDEFAULT,
					oldLdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLd() {
		return ldESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getFamilyId() {
		return familyId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyId(byte[] newFamilyId) {
		byte[] oldFamilyId = familyId;
		familyId = newFamilyId;
		boolean oldFamilyIdESet = familyIdESet;
		familyIdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_BLOCK__FAMILY_ID, oldFamilyId,
					familyId, !oldFamilyIdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFamilyId() {
		byte[] oldFamilyId = familyId;
		boolean oldFamilyIdESet = familyIdESet;
		familyId = FAMILY_ID_EDEFAULT;
		familyIdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_BLOCK__FAMILY_ID, oldFamilyId,
					FAMILY_ID_EDEFAULT, oldFamilyIdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFamilyId() {
		return familyIdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getImageId() {
		return imageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageId(byte[] newImageId) {
		byte[] oldImageId = imageId;
		imageId = newImageId;
		boolean oldImageIdESet = imageIdESet;
		imageIdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_BLOCK__IMAGE_ID, oldImageId,
					imageId, !oldImageIdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetImageId() {
		byte[] oldImageId = imageId;
		boolean oldImageIdESet = imageIdESet;
		imageId = IMAGE_ID_EDEFAULT;
		imageIdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_BLOCK__IMAGE_ID, oldImageId,
					IMAGE_ID_EDEFAULT, oldImageIdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetImageId() {
		return imageIdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		boolean oldVersionESet = versionESet;
		versionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_BLOCK__VERSION, oldVersion, version,
					!oldVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVersion() {
		int oldVersion = version;
		boolean oldVersionESet = versionESet;
		version = VERSION_EDEFAULT;
		versionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_BLOCK__VERSION, oldVersion,
					VERSION_EDEFAULT, oldVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVersion() {
		return versionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGuestSvn() {
		return guestSvn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestSvn(int newGuestSvn) {
		int oldGuestSvn = guestSvn;
		guestSvn = newGuestSvn;
		boolean oldGuestSvnESet = guestSvnESet;
		guestSvnESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_BLOCK__GUEST_SVN, oldGuestSvn,
					guestSvn, !oldGuestSvnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestSvn() {
		int oldGuestSvn = guestSvn;
		boolean oldGuestSvnESet = guestSvnESet;
		guestSvn = GUEST_SVN_EDEFAULT;
		guestSvnESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_BLOCK__GUEST_SVN, oldGuestSvn,
					GUEST_SVN_EDEFAULT, oldGuestSvnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestSvn() {
		return guestSvnESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(long newPolicy) {
		long oldPolicy = policy;
		policy = newPolicy;
		boolean oldPolicyESet = policyESet;
		policyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_BLOCK__POLICY, oldPolicy, policy,
					!oldPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPolicy() {
		long oldPolicy = policy;
		boolean oldPolicyESet = policyESet;
		policy = POLICY_EDEFAULT;
		policyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_BLOCK__POLICY, oldPolicy,
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SNP_ID_BLOCK__LD:
			return getLd();
		case SevPackage.SNP_ID_BLOCK__FAMILY_ID:
			return getFamilyId();
		case SevPackage.SNP_ID_BLOCK__IMAGE_ID:
			return getImageId();
		case SevPackage.SNP_ID_BLOCK__VERSION:
			return getVersion();
		case SevPackage.SNP_ID_BLOCK__GUEST_SVN:
			return getGuestSvn();
		case SevPackage.SNP_ID_BLOCK__POLICY:
			return getPolicy();
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
		case SevPackage.SNP_ID_BLOCK__LD:
			setLd((byte[]) newValue);
			return;
		case SevPackage.SNP_ID_BLOCK__FAMILY_ID:
			setFamilyId((byte[]) newValue);
			return;
		case SevPackage.SNP_ID_BLOCK__IMAGE_ID:
			setImageId((byte[]) newValue);
			return;
		case SevPackage.SNP_ID_BLOCK__VERSION:
			setVersion((Integer) newValue);
			return;
		case SevPackage.SNP_ID_BLOCK__GUEST_SVN:
			setGuestSvn((Integer) newValue);
			return;
		case SevPackage.SNP_ID_BLOCK__POLICY:
			setPolicy((Long) newValue);
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
		case SevPackage.SNP_ID_BLOCK__LD:
			unsetLd();
			return;
		case SevPackage.SNP_ID_BLOCK__FAMILY_ID:
			unsetFamilyId();
			return;
		case SevPackage.SNP_ID_BLOCK__IMAGE_ID:
			unsetImageId();
			return;
		case SevPackage.SNP_ID_BLOCK__VERSION:
			unsetVersion();
			return;
		case SevPackage.SNP_ID_BLOCK__GUEST_SVN:
			unsetGuestSvn();
			return;
		case SevPackage.SNP_ID_BLOCK__POLICY:
			unsetPolicy();
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
		case SevPackage.SNP_ID_BLOCK__LD:
			return isSetLd();
		case SevPackage.SNP_ID_BLOCK__FAMILY_ID:
			return isSetFamilyId();
		case SevPackage.SNP_ID_BLOCK__IMAGE_ID:
			return isSetImageId();
		case SevPackage.SNP_ID_BLOCK__VERSION:
			return isSetVersion();
		case SevPackage.SNP_ID_BLOCK__GUEST_SVN:
			return isSetGuestSvn();
		case SevPackage.SNP_ID_BLOCK__POLICY:
			return isSetPolicy();
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
		result.append(" (ld: "); //$NON-NLS-1$
		if (ldESet)
			result.append(ld);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", familyId: "); //$NON-NLS-1$
		if (familyIdESet)
			result.append(familyId);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", imageId: "); //$NON-NLS-1$
		if (imageIdESet)
			result.append(imageId);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", version: "); //$NON-NLS-1$
		if (versionESet)
			result.append(version);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", guestSvn: "); //$NON-NLS-1$
		if (guestSvnESet)
			result.append(guestSvn);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", policy: "); //$NON-NLS-1$
		if (policyESet)
			result.append(policy);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SnpIdBlockImpl
