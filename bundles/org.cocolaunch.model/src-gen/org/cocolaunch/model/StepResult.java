/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The result of executing one step: return value, errno, firmware error, timing, register values, changed pages and vCPU states.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.StepResult#getStepIndex <em>Step Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getCommand <em>Command</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getReturnValue <em>Return Value</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getFirmwareError <em>Firmware Error</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getFirmwareErrorName <em>Firmware Error Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getMessage <em>Message</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getDurationNanos <em>Duration Nanos</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getChangedPages <em>Changed Pages</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getExits <em>Exits</em>}</li>
 *   <li>{@link org.cocolaunch.model.StepResult#getDetails <em>Details</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getStepResult()
 * @model
 * @generated
 */
public interface StepResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Step Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Index</em>' attribute.
	 * @see #setStepIndex(int)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_StepIndex()
	 * @model
	 * @generated
	 */
	int getStepIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getStepIndex <em>Step Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Index</em>' attribute.
	 * @see #getStepIndex()
	 * @generated
	 */
	void setStepIndex(int value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cocolaunch.model.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Status()
	 * @model
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cocolaunch.model.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Return Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Return Value</em>' attribute.
	 * @see #setReturnValue(int)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_ReturnValue()
	 * @model
	 * @generated
	 */
	int getReturnValue();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getReturnValue <em>Return Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Value</em>' attribute.
	 * @see #getReturnValue()
	 * @generated
	 */
	void setReturnValue(int value);

	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(int)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Errno()
	 * @model
	 * @generated
	 */
	int getErrno();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(int value);

	/**
	 * Returns the value of the '<em><b>Firmware Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware Error</em>' attribute.
	 * @see #setFirmwareError(long)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_FirmwareError()
	 * @model
	 * @generated
	 */
	long getFirmwareError();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getFirmwareError <em>Firmware Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware Error</em>' attribute.
	 * @see #getFirmwareError()
	 * @generated
	 */
	void setFirmwareError(long value);

	/**
	 * Returns the value of the '<em><b>Firmware Error Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware Error Name</em>' attribute.
	 * @see #setFirmwareErrorName(String)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_FirmwareErrorName()
	 * @model
	 * @generated
	 */
	String getFirmwareErrorName();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getFirmwareErrorName <em>Firmware Error Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware Error Name</em>' attribute.
	 * @see #getFirmwareErrorName()
	 * @generated
	 */
	void setFirmwareErrorName(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Duration Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Nanos</em>' attribute.
	 * @see #setDurationNanos(long)
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_DurationNanos()
	 * @model
	 * @generated
	 */
	long getDurationNanos();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.StepResult#getDurationNanos <em>Duration Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Nanos</em>' attribute.
	 * @see #getDurationNanos()
	 * @generated
	 */
	void setDurationNanos(long value);

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.RegisterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Registers()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegisterValue> getRegisters();

	/**
	 * Returns the value of the '<em><b>Changed Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.PageRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed Pages</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_ChangedPages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PageRange> getChangedPages();

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.VcpuState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Vcpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<VcpuState> getVcpus();

	/**
	 * Returns the value of the '<em><b>Exits</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.KvmExit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exits of a run step (KVM_RUN), in order; the last is where the vCPU stopped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exits</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Exits()
	 * @model containment="true"
	 * @generated
	 */
	EList<KvmExit> getExits();

	/**
	 * Returns the value of the '<em><b>Details</b></em>' containment reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the firmware or KVM reported about the outcome beyond its status, typed by the vendor model (e.g. the SNP CPUID entries the firmware rejected, with the values it wrote back).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Details</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getStepResult_Details()
	 * @model containment="true"
	 * @generated
	 */
	EList<EObject> getDetails();

} // StepResult
