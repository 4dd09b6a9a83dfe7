/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.LaunchConfigImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchConfigImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchConfigImpl#getInitrd <em>Initrd</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchConfigImpl#getAppend <em>Append</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchConfigImpl#getVcpus <em>Vcpus</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class LaunchConfigImpl extends MinimalEObjectImpl.Container implements LaunchConfig {
	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected String kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitrd() <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitrd()
	 * @generated
	 * @ordered
	 */
	protected static final String INITRD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitrd() <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitrd()
	 * @generated
	 * @ordered
	 */
	protected String initrd = INITRD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAppend() <em>Append</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppend()
	 * @generated
	 * @ordered
	 */
	protected static final String APPEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAppend() <em>Append</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppend()
	 * @generated
	 * @ordered
	 */
	protected String append = APPEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected int vcpus = VCPUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LaunchConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LAUNCH_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_CONFIG__FIRMWARE, oldFirmware,
					firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(String newKernel) {
		String oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_CONFIG__KERNEL, oldKernel,
					kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitrd() {
		return initrd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitrd(String newInitrd) {
		String oldInitrd = initrd;
		initrd = newInitrd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_CONFIG__INITRD, oldInitrd,
					initrd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAppend() {
		return append;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppend(String newAppend) {
		String oldAppend = append;
		append = newAppend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_CONFIG__APPEND, oldAppend,
					append));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpus() {
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpus(int newVcpus) {
		int oldVcpus = vcpus;
		vcpus = newVcpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_CONFIG__VCPUS, oldVcpus, vcpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.LAUNCH_CONFIG__FIRMWARE:
			return getFirmware();
		case ModelPackage.LAUNCH_CONFIG__KERNEL:
			return getKernel();
		case ModelPackage.LAUNCH_CONFIG__INITRD:
			return getInitrd();
		case ModelPackage.LAUNCH_CONFIG__APPEND:
			return getAppend();
		case ModelPackage.LAUNCH_CONFIG__VCPUS:
			return getVcpus();
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
		case ModelPackage.LAUNCH_CONFIG__FIRMWARE:
			setFirmware((String) newValue);
			return;
		case ModelPackage.LAUNCH_CONFIG__KERNEL:
			setKernel((String) newValue);
			return;
		case ModelPackage.LAUNCH_CONFIG__INITRD:
			setInitrd((String) newValue);
			return;
		case ModelPackage.LAUNCH_CONFIG__APPEND:
			setAppend((String) newValue);
			return;
		case ModelPackage.LAUNCH_CONFIG__VCPUS:
			setVcpus((Integer) newValue);
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
		case ModelPackage.LAUNCH_CONFIG__FIRMWARE:
			setFirmware(FIRMWARE_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_CONFIG__KERNEL:
			setKernel(KERNEL_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_CONFIG__INITRD:
			setInitrd(INITRD_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_CONFIG__APPEND:
			setAppend(APPEND_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_CONFIG__VCPUS:
			setVcpus(VCPUS_EDEFAULT);
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
		case ModelPackage.LAUNCH_CONFIG__FIRMWARE:
			return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
		case ModelPackage.LAUNCH_CONFIG__KERNEL:
			return KERNEL_EDEFAULT == null ? kernel != null : !KERNEL_EDEFAULT.equals(kernel);
		case ModelPackage.LAUNCH_CONFIG__INITRD:
			return INITRD_EDEFAULT == null ? initrd != null : !INITRD_EDEFAULT.equals(initrd);
		case ModelPackage.LAUNCH_CONFIG__APPEND:
			return APPEND_EDEFAULT == null ? append != null : !APPEND_EDEFAULT.equals(append);
		case ModelPackage.LAUNCH_CONFIG__VCPUS:
			return vcpus != VCPUS_EDEFAULT;
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
		result.append(" (firmware: "); //$NON-NLS-1$
		result.append(firmware);
		result.append(", kernel: "); //$NON-NLS-1$
		result.append(kernel);
		result.append(", initrd: "); //$NON-NLS-1$
		result.append(initrd);
		result.append(", append: "); //$NON-NLS-1$
		result.append(append);
		result.append(", vcpus: "); //$NON-NLS-1$
		result.append(vcpus);
		result.append(')');
		return result.toString();
	}

} //LaunchConfigImpl
