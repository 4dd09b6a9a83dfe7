/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import java.util.Collection;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.StepStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Expected Outcome</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.ExpectedOutcomeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.ExpectedOutcomeImpl#getFirmwareError <em>Firmware Error</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.ExpectedOutcomeImpl#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.ExpectedOutcomeImpl#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExpectedOutcomeImpl extends MinimalEObjectImpl.Container implements ExpectedOutcome {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StepStatus STATUS_EDEFAULT = StepStatus.SUCCESS;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected StepStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmwareError() <em>Firmware Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareError()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmwareError() <em>Firmware Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareError()
	 * @generated
	 * @ordered
	 */
	protected String firmwareError = FIRMWARE_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrno() <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrno()
	 * @generated
	 * @ordered
	 */
	protected static final int ERRNO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getErrno() <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrno()
	 * @generated
	 * @ordered
	 */
	protected int errno = ERRNO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<RegisterValue> registers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExpectedOutcomeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.EXPECTED_OUTCOME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(StepStatus newStatus) {
		StepStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EXPECTED_OUTCOME__STATUS, oldStatus,
					status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmwareError() {
		return firmwareError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmwareError(String newFirmwareError) {
		String oldFirmwareError = firmwareError;
		firmwareError = newFirmwareError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EXPECTED_OUTCOME__FIRMWARE_ERROR,
					oldFirmwareError, firmwareError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getErrno() {
		return errno;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrno(int newErrno) {
		int oldErrno = errno;
		errno = newErrno;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EXPECTED_OUTCOME__ERRNO, oldErrno,
					errno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegisterValue> getRegisters() {
		if (registers == null) {
			registers = new EObjectContainmentEList<RegisterValue>(RegisterValue.class, this,
					ModelPackage.EXPECTED_OUTCOME__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case ModelPackage.EXPECTED_OUTCOME__REGISTERS:
			return ((InternalEList<?>) getRegisters()).basicRemove(otherEnd, msgs);
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
		case ModelPackage.EXPECTED_OUTCOME__STATUS:
			return getStatus();
		case ModelPackage.EXPECTED_OUTCOME__FIRMWARE_ERROR:
			return getFirmwareError();
		case ModelPackage.EXPECTED_OUTCOME__ERRNO:
			return getErrno();
		case ModelPackage.EXPECTED_OUTCOME__REGISTERS:
			return getRegisters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case ModelPackage.EXPECTED_OUTCOME__STATUS:
			setStatus((StepStatus) newValue);
			return;
		case ModelPackage.EXPECTED_OUTCOME__FIRMWARE_ERROR:
			setFirmwareError((String) newValue);
			return;
		case ModelPackage.EXPECTED_OUTCOME__ERRNO:
			setErrno((Integer) newValue);
			return;
		case ModelPackage.EXPECTED_OUTCOME__REGISTERS:
			getRegisters().clear();
			getRegisters().addAll((Collection<? extends RegisterValue>) newValue);
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
		case ModelPackage.EXPECTED_OUTCOME__STATUS:
			setStatus(STATUS_EDEFAULT);
			return;
		case ModelPackage.EXPECTED_OUTCOME__FIRMWARE_ERROR:
			setFirmwareError(FIRMWARE_ERROR_EDEFAULT);
			return;
		case ModelPackage.EXPECTED_OUTCOME__ERRNO:
			setErrno(ERRNO_EDEFAULT);
			return;
		case ModelPackage.EXPECTED_OUTCOME__REGISTERS:
			getRegisters().clear();
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
		case ModelPackage.EXPECTED_OUTCOME__STATUS:
			return status != STATUS_EDEFAULT;
		case ModelPackage.EXPECTED_OUTCOME__FIRMWARE_ERROR:
			return FIRMWARE_ERROR_EDEFAULT == null ? firmwareError != null
					: !FIRMWARE_ERROR_EDEFAULT.equals(firmwareError);
		case ModelPackage.EXPECTED_OUTCOME__ERRNO:
			return errno != ERRNO_EDEFAULT;
		case ModelPackage.EXPECTED_OUTCOME__REGISTERS:
			return registers != null && !registers.isEmpty();
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
		result.append(" (status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", firmwareError: "); //$NON-NLS-1$
		result.append(firmwareError);
		result.append(", errno: "); //$NON-NLS-1$
		result.append(errno);
		result.append(')');
		return result.toString();
	}

} //ExpectedOutcomeImpl
