/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevHost;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevHostImpl#isSevEnabled <em>Sev Enabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevHostImpl#isSevEsEnabled <em>Sev Es Enabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevHostImpl#isSnpEnabled <em>Snp Enabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevHostImpl#getVmTypes <em>Vm Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevHostImpl extends MinimalEObjectImpl.Container implements SevHost {
	/**
	 * The default value of the '{@link #isSevEnabled() <em>Sev Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSevEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SEV_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSevEnabled() <em>Sev Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSevEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean sevEnabled = SEV_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isSevEsEnabled() <em>Sev Es Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSevEsEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SEV_ES_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSevEsEnabled() <em>Sev Es Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSevEsEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean sevEsEnabled = SEV_ES_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isSnpEnabled() <em>Snp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSnpEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SNP_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSnpEnabled() <em>Snp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSnpEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean snpEnabled = SNP_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmTypes() <em>Vm Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmTypes()
	 * @generated
	 * @ordered
	 */
	protected static final int VM_TYPES_EDEFAULT = 29;

	/**
	 * The cached value of the '{@link #getVmTypes() <em>Vm Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmTypes()
	 * @generated
	 * @ordered
	 */
	protected int vmTypes = VM_TYPES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevHostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSevEnabled() {
		return sevEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSevEnabled(boolean newSevEnabled) {
		boolean oldSevEnabled = sevEnabled;
		sevEnabled = newSevEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_HOST__SEV_ENABLED, oldSevEnabled,
					sevEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSevEsEnabled() {
		return sevEsEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSevEsEnabled(boolean newSevEsEnabled) {
		boolean oldSevEsEnabled = sevEsEnabled;
		sevEsEnabled = newSevEsEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_HOST__SEV_ES_ENABLED, oldSevEsEnabled,
					sevEsEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSnpEnabled() {
		return snpEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnpEnabled(boolean newSnpEnabled) {
		boolean oldSnpEnabled = snpEnabled;
		snpEnabled = newSnpEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_HOST__SNP_ENABLED, oldSnpEnabled,
					snpEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVmTypes() {
		return vmTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmTypes(int newVmTypes) {
		int oldVmTypes = vmTypes;
		vmTypes = newVmTypes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_HOST__VM_TYPES, oldVmTypes, vmTypes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_HOST__SEV_ENABLED:
			return isSevEnabled();
		case SevPackage.SEV_HOST__SEV_ES_ENABLED:
			return isSevEsEnabled();
		case SevPackage.SEV_HOST__SNP_ENABLED:
			return isSnpEnabled();
		case SevPackage.SEV_HOST__VM_TYPES:
			return getVmTypes();
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
		case SevPackage.SEV_HOST__SEV_ENABLED:
			setSevEnabled((Boolean) newValue);
			return;
		case SevPackage.SEV_HOST__SEV_ES_ENABLED:
			setSevEsEnabled((Boolean) newValue);
			return;
		case SevPackage.SEV_HOST__SNP_ENABLED:
			setSnpEnabled((Boolean) newValue);
			return;
		case SevPackage.SEV_HOST__VM_TYPES:
			setVmTypes((Integer) newValue);
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
		case SevPackage.SEV_HOST__SEV_ENABLED:
			setSevEnabled(SEV_ENABLED_EDEFAULT);
			return;
		case SevPackage.SEV_HOST__SEV_ES_ENABLED:
			setSevEsEnabled(SEV_ES_ENABLED_EDEFAULT);
			return;
		case SevPackage.SEV_HOST__SNP_ENABLED:
			setSnpEnabled(SNP_ENABLED_EDEFAULT);
			return;
		case SevPackage.SEV_HOST__VM_TYPES:
			setVmTypes(VM_TYPES_EDEFAULT);
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
		case SevPackage.SEV_HOST__SEV_ENABLED:
			return sevEnabled != SEV_ENABLED_EDEFAULT;
		case SevPackage.SEV_HOST__SEV_ES_ENABLED:
			return sevEsEnabled != SEV_ES_ENABLED_EDEFAULT;
		case SevPackage.SEV_HOST__SNP_ENABLED:
			return snpEnabled != SNP_ENABLED_EDEFAULT;
		case SevPackage.SEV_HOST__VM_TYPES:
			return vmTypes != VM_TYPES_EDEFAULT;
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
		result.append(" (sevEnabled: "); //$NON-NLS-1$
		result.append(sevEnabled);
		result.append(", sevEsEnabled: "); //$NON-NLS-1$
		result.append(sevEsEnabled);
		result.append(", snpEnabled: "); //$NON-NLS-1$
		result.append(snpEnabled);
		result.append(", vmTypes: "); //$NON-NLS-1$
		result.append(vmTypes);
		result.append(')');
		return result.toString();
	}

} //SevHostImpl
