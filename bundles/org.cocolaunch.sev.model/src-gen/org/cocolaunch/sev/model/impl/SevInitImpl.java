/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Init</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevInitImpl#getVmsaFeatures <em>Vmsa Features</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevInitImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevInitImpl#getGhcbVersion <em>Ghcb Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevInitImpl extends MinimalEObjectImpl.Container implements SevInit {
	/**
	 * The default value of the '{@link #getVmsaFeatures() <em>Vmsa Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmsaFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final long VMSA_FEATURES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmsaFeatures() <em>Vmsa Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmsaFeatures()
	 * @generated
	 * @ordered
	 */
	protected long vmsaFeatures = VMSA_FEATURES_EDEFAULT;

	/**
	 * This is true if the Vmsa Features attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vmsaFeaturesESet;

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
	 * The default value of the '{@link #getGhcbVersion() <em>Ghcb Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGhcbVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int GHCB_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGhcbVersion() <em>Ghcb Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGhcbVersion()
	 * @generated
	 * @ordered
	 */
	protected int ghcbVersion = GHCB_VERSION_EDEFAULT;

	/**
	 * This is true if the Ghcb Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ghcbVersionESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevInitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_INIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmsaFeatures() {
		return vmsaFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmsaFeatures(long newVmsaFeatures) {
		long oldVmsaFeatures = vmsaFeatures;
		vmsaFeatures = newVmsaFeatures;
		boolean oldVmsaFeaturesESet = vmsaFeaturesESet;
		vmsaFeaturesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_INIT__VMSA_FEATURES, oldVmsaFeatures,
					vmsaFeatures, !oldVmsaFeaturesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVmsaFeatures() {
		long oldVmsaFeatures = vmsaFeatures;
		boolean oldVmsaFeaturesESet = vmsaFeaturesESet;
		vmsaFeatures = VMSA_FEATURES_EDEFAULT;
		vmsaFeaturesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_INIT__VMSA_FEATURES, oldVmsaFeatures,
					VMSA_FEATURES_EDEFAULT, oldVmsaFeaturesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVmsaFeatures() {
		return vmsaFeaturesESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_INIT__FLAGS, oldFlags, flags,
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_INIT__FLAGS, oldFlags,
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
	public int getGhcbVersion() {
		return ghcbVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGhcbVersion(int newGhcbVersion) {
		int oldGhcbVersion = ghcbVersion;
		ghcbVersion = newGhcbVersion;
		boolean oldGhcbVersionESet = ghcbVersionESet;
		ghcbVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_INIT__GHCB_VERSION, oldGhcbVersion,
					ghcbVersion, !oldGhcbVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGhcbVersion() {
		int oldGhcbVersion = ghcbVersion;
		boolean oldGhcbVersionESet = ghcbVersionESet;
		ghcbVersion = GHCB_VERSION_EDEFAULT;
		ghcbVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_INIT__GHCB_VERSION, oldGhcbVersion,
					GHCB_VERSION_EDEFAULT, oldGhcbVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGhcbVersion() {
		return ghcbVersionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_INIT__VMSA_FEATURES:
			return getVmsaFeatures();
		case SevPackage.SEV_INIT__FLAGS:
			return getFlags();
		case SevPackage.SEV_INIT__GHCB_VERSION:
			return getGhcbVersion();
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
		case SevPackage.SEV_INIT__VMSA_FEATURES:
			setVmsaFeatures((Long) newValue);
			return;
		case SevPackage.SEV_INIT__FLAGS:
			setFlags((Integer) newValue);
			return;
		case SevPackage.SEV_INIT__GHCB_VERSION:
			setGhcbVersion((Integer) newValue);
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
		case SevPackage.SEV_INIT__VMSA_FEATURES:
			unsetVmsaFeatures();
			return;
		case SevPackage.SEV_INIT__FLAGS:
			unsetFlags();
			return;
		case SevPackage.SEV_INIT__GHCB_VERSION:
			unsetGhcbVersion();
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
		case SevPackage.SEV_INIT__VMSA_FEATURES:
			return isSetVmsaFeatures();
		case SevPackage.SEV_INIT__FLAGS:
			return isSetFlags();
		case SevPackage.SEV_INIT__GHCB_VERSION:
			return isSetGhcbVersion();
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
		result.append(" (vmsaFeatures: "); //$NON-NLS-1$
		if (vmsaFeaturesESet)
			result.append(vmsaFeatures);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", flags: "); //$NON-NLS-1$
		if (flagsESet)
			result.append(flags);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", ghcbVersion: "); //$NON-NLS-1$
		if (ghcbVersionESet)
			result.append(ghcbVersion);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SevInitImpl
