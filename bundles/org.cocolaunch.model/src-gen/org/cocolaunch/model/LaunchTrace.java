/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Trace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The recorded execution of a launch plan on a backend: one result per executed step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getPlanName <em>Plan Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getPlanUri <em>Plan Uri</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getVmType <em>Vm Type</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.cocolaunch.model.LaunchTrace#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace()
 * @model
 * @generated
 */
public interface LaunchTrace extends EObject {
	/**
	 * Returns the value of the '<em><b>Plan Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Name</em>' attribute.
	 * @see #setPlanName(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_PlanName()
	 * @model
	 * @generated
	 */
	String getPlanName();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchTrace#getPlanName <em>Plan Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Name</em>' attribute.
	 * @see #getPlanName()
	 * @generated
	 */
	void setPlanName(String value);

	/**
	 * Returns the value of the '<em><b>Plan Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Uri</em>' attribute.
	 * @see #setPlanUri(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_PlanUri()
	 * @model
	 * @generated
	 */
	String getPlanUri();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchTrace#getPlanUri <em>Plan Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Uri</em>' attribute.
	 * @see #getPlanUri()
	 * @generated
	 */
	void setPlanUri(String value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_Backend()
	 * @model
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchTrace#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.Vendor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see org.cocolaunch.model.Vendor
	 * @see #setVendor(Vendor)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_Vendor()
	 * @model
	 * @generated
	 */
	Vendor getVendor();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchTrace#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see org.cocolaunch.model.Vendor
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(Vendor value);

	/**
	 * Returns the value of the '<em><b>Vm Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.model.VmType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm Type</em>' attribute.
	 * @see org.cocolaunch.model.VmType
	 * @see #setVmType(VmType)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_VmType()
	 * @model
	 * @generated
	 */
	VmType getVmType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchTrace#getVmType <em>Vm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Type</em>' attribute.
	 * @see org.cocolaunch.model.VmType
	 * @see #getVmType()
	 * @generated
	 */
	void setVmType(VmType value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.LaunchTrace#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.StepResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getLaunchTrace_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepResult> getResults();

} // LaunchTrace
