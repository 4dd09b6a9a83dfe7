/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expected Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The outcome a step is expected to have: status, firmware error name and errno, and register values a log recorded for it (e.g. the LAUNCH_MEASURE blob QEMU traced).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.ExpectedOutcome#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cocolaunch.model.ExpectedOutcome#getFirmwareError <em>Firmware Error</em>}</li>
 *   <li>{@link org.cocolaunch.model.ExpectedOutcome#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.cocolaunch.model.ExpectedOutcome#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getExpectedOutcome()
 * @model
 * @generated
 */
public interface ExpectedOutcome extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"SUCCESS"</code>.
	 * The literals are from the enumeration {@link org.cocolaunch.model.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cocolaunch.model.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see org.cocolaunch.model.ModelPackage#getExpectedOutcome_Status()
	 * @model default="SUCCESS"
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.ExpectedOutcome#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cocolaunch.model.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Firmware Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware Error</em>' attribute.
	 * @see #setFirmwareError(String)
	 * @see org.cocolaunch.model.ModelPackage#getExpectedOutcome_FirmwareError()
	 * @model
	 * @generated
	 */
	String getFirmwareError();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.ExpectedOutcome#getFirmwareError <em>Firmware Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware Error</em>' attribute.
	 * @see #getFirmwareError()
	 * @generated
	 */
	void setFirmwareError(String value);

	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(int)
	 * @see org.cocolaunch.model.ModelPackage#getExpectedOutcome_Errno()
	 * @model
	 * @generated
	 */
	int getErrno();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.ExpectedOutcome#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(int value);

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.RegisterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getExpectedOutcome_Registers()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegisterValue> getRegisters();

} // ExpectedOutcome
