/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import java.util.Collection;

import org.cocolaunch.model.KvmExit;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getStepIndex <em>Step Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getReturnValue <em>Return Value</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getFirmwareError <em>Firmware Error</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getFirmwareErrorName <em>Firmware Error Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getDurationNanos <em>Duration Nanos</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getChangedPages <em>Changed Pages</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getExits <em>Exits</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.StepResultImpl#getDetails <em>Details</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepResultImpl extends MinimalEObjectImpl.Container implements StepResult {
	/**
	 * The default value of the '{@link #getStepIndex() <em>Step Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStepIndex() <em>Step Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepIndex()
	 * @generated
	 * @ordered
	 */
	protected int stepIndex = STEP_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected String command = COMMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StepStatus STATUS_EDEFAULT = StepStatus.PENDING;

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
	 * The default value of the '{@link #getReturnValue() <em>Return Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnValue()
	 * @generated
	 * @ordered
	 */
	protected static final int RETURN_VALUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReturnValue() <em>Return Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnValue()
	 * @generated
	 * @ordered
	 */
	protected int returnValue = RETURN_VALUE_EDEFAULT;

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
	 * The default value of the '{@link #getFirmwareError() <em>Firmware Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareError()
	 * @generated
	 * @ordered
	 */
	protected static final long FIRMWARE_ERROR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFirmwareError() <em>Firmware Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareError()
	 * @generated
	 * @ordered
	 */
	protected long firmwareError = FIRMWARE_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmwareErrorName() <em>Firmware Error Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareErrorName()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_ERROR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmwareErrorName() <em>Firmware Error Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareErrorName()
	 * @generated
	 * @ordered
	 */
	protected String firmwareErrorName = FIRMWARE_ERROR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationNanos() <em>Duration Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_NANOS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationNanos() <em>Duration Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationNanos()
	 * @generated
	 * @ordered
	 */
	protected long durationNanos = DURATION_NANOS_EDEFAULT;

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
	 * The cached value of the '{@link #getChangedPages() <em>Changed Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedPages()
	 * @generated
	 * @ordered
	 */
	protected EList<PageRange> changedPages;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected EList<VcpuState> vcpus;

	/**
	 * The cached value of the '{@link #getExits() <em>Exits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExits()
	 * @generated
	 * @ordered
	 */
	protected EList<KvmExit> exits;

	/**
	 * The cached value of the '{@link #getDetails() <em>Details</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> details;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STEP_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepIndex() {
		return stepIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepIndex(int newStepIndex) {
		int oldStepIndex = stepIndex;
		stepIndex = newStepIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__STEP_INDEX, oldStepIndex,
					stepIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommand() {
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommand(String newCommand) {
		String oldCommand = command;
		command = newCommand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__COMMAND, oldCommand,
					command));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReturnValue() {
		return returnValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnValue(int newReturnValue) {
		int oldReturnValue = returnValue;
		returnValue = newReturnValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__RETURN_VALUE,
					oldReturnValue, returnValue));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__ERRNO, oldErrno, errno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFirmwareError() {
		return firmwareError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmwareError(long newFirmwareError) {
		long oldFirmwareError = firmwareError;
		firmwareError = newFirmwareError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__FIRMWARE_ERROR,
					oldFirmwareError, firmwareError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmwareErrorName() {
		return firmwareErrorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmwareErrorName(String newFirmwareErrorName) {
		String oldFirmwareErrorName = firmwareErrorName;
		firmwareErrorName = newFirmwareErrorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__FIRMWARE_ERROR_NAME,
					oldFirmwareErrorName, firmwareErrorName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__MESSAGE, oldMessage,
					message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationNanos() {
		return durationNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationNanos(long newDurationNanos) {
		long oldDurationNanos = durationNanos;
		durationNanos = newDurationNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STEP_RESULT__DURATION_NANOS,
					oldDurationNanos, durationNanos));
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
					ModelPackage.STEP_RESULT__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PageRange> getChangedPages() {
		if (changedPages == null) {
			changedPages = new EObjectContainmentEList<PageRange>(PageRange.class, this,
					ModelPackage.STEP_RESULT__CHANGED_PAGES);
		}
		return changedPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VcpuState> getVcpus() {
		if (vcpus == null) {
			vcpus = new EObjectContainmentEList<VcpuState>(VcpuState.class, this, ModelPackage.STEP_RESULT__VCPUS);
		}
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KvmExit> getExits() {
		if (exits == null) {
			exits = new EObjectContainmentEList<KvmExit>(KvmExit.class, this, ModelPackage.STEP_RESULT__EXITS);
		}
		return exits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getDetails() {
		if (details == null) {
			details = new EObjectContainmentEList<EObject>(EObject.class, this, ModelPackage.STEP_RESULT__DETAILS);
		}
		return details;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case ModelPackage.STEP_RESULT__REGISTERS:
			return ((InternalEList<?>) getRegisters()).basicRemove(otherEnd, msgs);
		case ModelPackage.STEP_RESULT__CHANGED_PAGES:
			return ((InternalEList<?>) getChangedPages()).basicRemove(otherEnd, msgs);
		case ModelPackage.STEP_RESULT__VCPUS:
			return ((InternalEList<?>) getVcpus()).basicRemove(otherEnd, msgs);
		case ModelPackage.STEP_RESULT__EXITS:
			return ((InternalEList<?>) getExits()).basicRemove(otherEnd, msgs);
		case ModelPackage.STEP_RESULT__DETAILS:
			return ((InternalEList<?>) getDetails()).basicRemove(otherEnd, msgs);
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
		case ModelPackage.STEP_RESULT__STEP_INDEX:
			return getStepIndex();
		case ModelPackage.STEP_RESULT__COMMAND:
			return getCommand();
		case ModelPackage.STEP_RESULT__STATUS:
			return getStatus();
		case ModelPackage.STEP_RESULT__RETURN_VALUE:
			return getReturnValue();
		case ModelPackage.STEP_RESULT__ERRNO:
			return getErrno();
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR:
			return getFirmwareError();
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR_NAME:
			return getFirmwareErrorName();
		case ModelPackage.STEP_RESULT__MESSAGE:
			return getMessage();
		case ModelPackage.STEP_RESULT__DURATION_NANOS:
			return getDurationNanos();
		case ModelPackage.STEP_RESULT__REGISTERS:
			return getRegisters();
		case ModelPackage.STEP_RESULT__CHANGED_PAGES:
			return getChangedPages();
		case ModelPackage.STEP_RESULT__VCPUS:
			return getVcpus();
		case ModelPackage.STEP_RESULT__EXITS:
			return getExits();
		case ModelPackage.STEP_RESULT__DETAILS:
			return getDetails();
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
		case ModelPackage.STEP_RESULT__STEP_INDEX:
			setStepIndex((Integer) newValue);
			return;
		case ModelPackage.STEP_RESULT__COMMAND:
			setCommand((String) newValue);
			return;
		case ModelPackage.STEP_RESULT__STATUS:
			setStatus((StepStatus) newValue);
			return;
		case ModelPackage.STEP_RESULT__RETURN_VALUE:
			setReturnValue((Integer) newValue);
			return;
		case ModelPackage.STEP_RESULT__ERRNO:
			setErrno((Integer) newValue);
			return;
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR:
			setFirmwareError((Long) newValue);
			return;
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR_NAME:
			setFirmwareErrorName((String) newValue);
			return;
		case ModelPackage.STEP_RESULT__MESSAGE:
			setMessage((String) newValue);
			return;
		case ModelPackage.STEP_RESULT__DURATION_NANOS:
			setDurationNanos((Long) newValue);
			return;
		case ModelPackage.STEP_RESULT__REGISTERS:
			getRegisters().clear();
			getRegisters().addAll((Collection<? extends RegisterValue>) newValue);
			return;
		case ModelPackage.STEP_RESULT__CHANGED_PAGES:
			getChangedPages().clear();
			getChangedPages().addAll((Collection<? extends PageRange>) newValue);
			return;
		case ModelPackage.STEP_RESULT__VCPUS:
			getVcpus().clear();
			getVcpus().addAll((Collection<? extends VcpuState>) newValue);
			return;
		case ModelPackage.STEP_RESULT__EXITS:
			getExits().clear();
			getExits().addAll((Collection<? extends KvmExit>) newValue);
			return;
		case ModelPackage.STEP_RESULT__DETAILS:
			getDetails().clear();
			getDetails().addAll((Collection<? extends EObject>) newValue);
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
		case ModelPackage.STEP_RESULT__STEP_INDEX:
			setStepIndex(STEP_INDEX_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__COMMAND:
			setCommand(COMMAND_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__STATUS:
			setStatus(STATUS_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__RETURN_VALUE:
			setReturnValue(RETURN_VALUE_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__ERRNO:
			setErrno(ERRNO_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR:
			setFirmwareError(FIRMWARE_ERROR_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR_NAME:
			setFirmwareErrorName(FIRMWARE_ERROR_NAME_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__MESSAGE:
			setMessage(MESSAGE_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__DURATION_NANOS:
			setDurationNanos(DURATION_NANOS_EDEFAULT);
			return;
		case ModelPackage.STEP_RESULT__REGISTERS:
			getRegisters().clear();
			return;
		case ModelPackage.STEP_RESULT__CHANGED_PAGES:
			getChangedPages().clear();
			return;
		case ModelPackage.STEP_RESULT__VCPUS:
			getVcpus().clear();
			return;
		case ModelPackage.STEP_RESULT__EXITS:
			getExits().clear();
			return;
		case ModelPackage.STEP_RESULT__DETAILS:
			getDetails().clear();
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
		case ModelPackage.STEP_RESULT__STEP_INDEX:
			return stepIndex != STEP_INDEX_EDEFAULT;
		case ModelPackage.STEP_RESULT__COMMAND:
			return COMMAND_EDEFAULT == null ? command != null : !COMMAND_EDEFAULT.equals(command);
		case ModelPackage.STEP_RESULT__STATUS:
			return status != STATUS_EDEFAULT;
		case ModelPackage.STEP_RESULT__RETURN_VALUE:
			return returnValue != RETURN_VALUE_EDEFAULT;
		case ModelPackage.STEP_RESULT__ERRNO:
			return errno != ERRNO_EDEFAULT;
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR:
			return firmwareError != FIRMWARE_ERROR_EDEFAULT;
		case ModelPackage.STEP_RESULT__FIRMWARE_ERROR_NAME:
			return FIRMWARE_ERROR_NAME_EDEFAULT == null ? firmwareErrorName != null
					: !FIRMWARE_ERROR_NAME_EDEFAULT.equals(firmwareErrorName);
		case ModelPackage.STEP_RESULT__MESSAGE:
			return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
		case ModelPackage.STEP_RESULT__DURATION_NANOS:
			return durationNanos != DURATION_NANOS_EDEFAULT;
		case ModelPackage.STEP_RESULT__REGISTERS:
			return registers != null && !registers.isEmpty();
		case ModelPackage.STEP_RESULT__CHANGED_PAGES:
			return changedPages != null && !changedPages.isEmpty();
		case ModelPackage.STEP_RESULT__VCPUS:
			return vcpus != null && !vcpus.isEmpty();
		case ModelPackage.STEP_RESULT__EXITS:
			return exits != null && !exits.isEmpty();
		case ModelPackage.STEP_RESULT__DETAILS:
			return details != null && !details.isEmpty();
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
		result.append(" (stepIndex: "); //$NON-NLS-1$
		result.append(stepIndex);
		result.append(", command: "); //$NON-NLS-1$
		result.append(command);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", returnValue: "); //$NON-NLS-1$
		result.append(returnValue);
		result.append(", errno: "); //$NON-NLS-1$
		result.append(errno);
		result.append(", firmwareError: "); //$NON-NLS-1$
		result.append(firmwareError);
		result.append(", firmwareErrorName: "); //$NON-NLS-1$
		result.append(firmwareErrorName);
		result.append(", message: "); //$NON-NLS-1$
		result.append(message);
		result.append(", durationNanos: "); //$NON-NLS-1$
		result.append(durationNanos);
		result.append(')');
		return result.toString();
	}

} //StepResultImpl
